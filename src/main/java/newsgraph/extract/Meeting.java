package newsgraph.extract;

import java.util.List;
import newsgraph.entity.Entity;

/**
 * One article's report of a meeting: its participants (sorted by key), status, whether it was a
 * call, its date as {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY} (null when unknown) and its place (null when
 * unknown), the trigger word and the evidence.
 */
public record Meeting(List<Entity> participants, MeetingStatus status, boolean call, String date, Entity place,
                      String trigger, Evidence evidence) implements Fact {
  public Meeting {
    participants = List.copyOf(participants);
  }
}
