import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Puts parliamentary sentences in the frames news wraps around what people say and do ("…," the
 * minister said; X told reporters that …; according to X, …; a dateline; X met Y in C on Monday;
 * the two held talks), so that the student parser sees news syntax Europarl lacks. The teacher
 * parses each framed sentence like any other. Speakers are made of titles and of proper nouns met
 * in the text, never of a list of people.
 */
final class NewsFrames {
  private static final String[] TITLES = {"President", "Prime Minister", "Foreign Minister", "Chancellor", "Senator",
      "Secretary of State", "Defence Minister", "Ambassador", "Vice President", "King", "Premier", "Governor"};
  private static final String[] ROLES = {"the minister", "the president", "the spokesman", "the spokeswoman", "the envoy",
      "the leader", "the ministry", "the government", "the prime minister", "the diplomat", "officials", "he", "she",
      "they", "the two leaders", "both sides", "the White House", "the Kremlin", "the foreign ministry", "the agency"};
  private static final String[] ADJECTIVES = {"French", "Chinese", "Russian", "American", "German", "Indian", "Brazilian",
      "Japanese", "Turkish", "British", "Italian", "Spanish", "Saudi", "South African", "Korean", "Ukrainian"};
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  private static final String[] CITIES = {"Paris", "Beijing", "Moscow", "Washington", "Berlin", "New Delhi", "Tokyo",
      "Ankara", "Brasilia", "Rome", "Madrid", "London", "Nairobi", "Canberra", "Ottawa", "Cairo"};
  private static final String[] SAY = {"said", "told reporters", "added", "stressed", "warned", "noted", "insisted",
      "argued", "said in a statement", "told a news conference", "wrote on social media"};
  private static final String[] MEET = {"met", "met with", "held talks with", "hosted", "spoke with", "conferred with",
      "welcomed", "had a phone call with", "sat down for talks with", "received", "visited", "held a summit with",
      "had a phone conversation with", "shook hands with", "talked with", "hosted a state dinner for"};
  private static final String[] GROUP = {"The two", "Both leaders", "They", "The two sides", "The two leaders", "The pair",
      "The ministers"};
  private static final String[] EVENT = {"held their first face-to-face meeting", "held talks", "held a summit",
      "met", "had a phone call", "sat down for talks", "held a bilateral meeting", "spoke by phone",
      "held a video call", "had lunch", "met for more than four hours"};
  private static final String[] PLANNED = {"is expected to meet", "was slated to meet", "will meet", "plans to visit",
      "is due to hold talks with", "refused to meet", "has yet to meet", "cancelled a planned meeting with",
      "would not meet", "is set to host", "hopes to meet"};
  private final Random random;

  NewsFrames(Random random) {
    this.random = random;
  }

  private String pick(String[] a) {
    return a[random.nextInt(a.length)];
  }

  private String proper(List<String> names) {
    return names.get(random.nextInt(names.size()));
  }

  private String name(List<String> names) {
    if (names.size() < 20) return pick(ROLES);
    return switch (random.nextInt(6)) {
      case 0 -> pick(ADJECTIVES) + " " + pick(TITLES) + " " + proper(names) + " " + proper(names);
      case 1 -> (random.nextBoolean() ? "Mr. " : "Ms. ") + proper(names);
      case 2 -> pick(ROLES);
      case 3 -> proper(names) + ", the " + pick(ADJECTIVES) + " " + pick(TITLES).toLowerCase(Locale.ROOT) + ",";
      case 4 -> pick(TITLES) + " " + proper(names) + " " + proper(names);
      default -> proper(names);
    };
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private String when() {
    return switch (random.nextInt(4)) {
      case 0 -> "on " + pick(DAYS);
      case 1 -> "last week";
      case 2 -> pick(DAYS);
      default -> "";
    };
  }

  private String dateline() {
    String city = pick(CITIES).toUpperCase(Locale.ROOT);
    return switch (random.nextInt(3)) {
      case 0 -> city + " (Reuters) - ";
      case 1 -> city + ", Nov. " + (1 + random.nextInt(28)) + " (Yonhap) -- ";
      default -> "(" + city + ") — ";
    };
  }

  /** A framed copy of the sentence, or null (the sentence is used as it is). */
  String frame(String sentence, List<String> names) {
    String s = sentence.strip();
    if (s.length() < 20 || !s.endsWith(".") || s.contains("\"")) return null;
    int kind = random.nextInt(10);
    String body = s.substring(0, s.length() - 1);
    String lower = Character.isUpperCase(body.charAt(0)) && body.length() > 1 && Character.isLowerCase(body.charAt(1))
        && !body.startsWith("I ") ? body.substring(0, 1).toLowerCase(Locale.ROOT) + body.substring(1) : body;
    String who = name(names).replaceAll(",$", "");
    return switch (kind) {
      case 0 -> "\"" + body + ",\" " + who + " " + pick(SAY) + ".";
      case 1 -> "\"" + body + ",\" said " + who + ".";
      case 2 -> body + ", " + who + " said " + when() + ".";
      case 3 -> cap(who) + " said " + (random.nextBoolean() ? "that " : "") + lower + ".";
      case 4 -> cap(who) + " told reporters " + when() + " that " + lower + ".";
      case 5 -> "According to " + who + ", " + lower + ".";
      case 6 -> cap(who) + ", who " + pick(MEET) + " " + name(names).replaceAll(",$", "") + " in " + pick(CITIES)
          + ", said " + lower + ".";
      case 7 -> dateline() + body + ".";
      case 8 -> "\"" + body + ".\"";
      default -> cap(who) + " " + pick(SAY) + " " + when() + ": \"" + body + ".\"";
    };
  }

  /** A sentence of meeting news made of the frames above. */
  String meeting(List<String> names) {
    String a = name(names).replaceAll(",$", ""), b = name(names).replaceAll(",$", "");
    String place = pick(CITIES);
    return (random.nextInt(4) == 0 ? dateline() : "") + switch (random.nextInt(7)) {
      case 0 -> cap(a) + " " + pick(MEET) + " " + b + " in " + place + " " + when() + ".";
      case 1 -> cap(a) + " and " + b + " " + when() + " " + pick(EVENT) + " in " + place + ".";
      case 2 -> cap(a) + " " + pick(PLANNED) + " " + b + " in " + place + " " + when() + ".";
      case 3 -> pick(GROUP) + " " + pick(EVENT) + " on the sidelines of the summit in " + place + ".";
      case 4 -> cap(a) + " " + pick(MEET) + " " + b + ", " + name(names).replaceAll(",$", "") + " said.";
      case 5 -> cap(a) + " was hosted by " + b + " at the palace in " + place + " " + when() + ".";
      default -> "Talks between " + a + " and " + b + " ended " + when() + " without a deal.";
    };
  }
}
