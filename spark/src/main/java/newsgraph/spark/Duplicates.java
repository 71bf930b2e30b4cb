package newsgraph.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * The articles {@code build} would leave out, found over the whole job: a second article of the
 * same name (a failure: its IRI is taken), then of the same URL, then of the same text (each
 * counted once). As in {@code build}, the first in input order stays, and an article left out at
 * one step takes no part in the next. Only the keys travel; the graphs stay where they are.
 */
final class Duplicates {
  private Duplicates() {}

  /** An article's keys, and where it came from. */
  private record Key(long order, String label, String id, String url, String fingerprint) implements Serializable {}

  private enum Field {
    ID, URL, TEXT;

    String of(Key k) {
      return switch (this) {
        case ID -> k.id();
        case URL -> k.url();
        case TEXT -> k.fingerprint();
      };
    }

    Result.Drop drop(Key dropped, Key first) {
      return switch (this) {
        case ID -> new Result.Drop(true, dropped.label() + ": skipped: an article of the same name was read from " + first.label());
        case URL -> new Result.Drop(false, dropped.label() + ": same URL as " + first.label() + " (" + dropped.url() + "), counted once");
        case TEXT -> new Result.Drop(false, dropped.label() + ": same text as " + first.label() + ", counted once");
      };
    }
  }

  /** The articles to leave out, by their order, with the reason. */
  static Map<Long, Result.Drop> find(JavaSparkContext sc, JavaRDD<Result> results) {
    JavaRDD<Key> keys = results.filter(Result::built)
        .map(r -> new Key(r.order(), r.label(), r.id(), r.url(), r.fingerprint()));
    Map<Long, Result.Drop> drops = new HashMap<>();
    for (Field field : Field.values()) {
      Broadcast<Map<Long, Result.Drop>> left = sc.broadcast(new HashMap<>(drops));
      List<Tuple2<Long, Result.Drop>> found = keys
          .filter(k -> field.of(k) != null && !left.value().containsKey(k.order()))
          .mapToPair(k -> new Tuple2<>(field.of(k), k))
          .groupByKey()
          .flatMap(group -> {
            List<Key> same = new ArrayList<>();
            group._2().forEach(same::add);
            same.sort(java.util.Comparator.comparingLong(Key::order));
            List<Tuple2<Long, Result.Drop>> out = new ArrayList<>();
            for (Key k : same.subList(1, same.size())) out.add(new Tuple2<>(k.order(), field.drop(k, same.get(0))));
            return out.iterator();
          })
          .collect();
      found.forEach(t -> drops.put(t._1(), t._2()));
    }
    return drops;
  }
}
