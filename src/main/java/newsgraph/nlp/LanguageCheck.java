package newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells English text from other languages with OpenNLP's language-detection model
 * ({@code langdetect-183.bin}, loaded once, lazily). Thread-safe: one detector per thread.
 */
public final class LanguageCheck {
  public static final String MODEL = "langdetect-183.bin";
  private static final int SAMPLE_CHARS = 3000;
  private static final double MIN_CONFIDENCE = 0.2;
  private static volatile LanguageDetectorModel model;
  private final ThreadLocal<LanguageDetectorME> detectors = ThreadLocal.withInitial(() -> new LanguageDetectorME(model()));

  /** The ISO 639-3 code of the text's language when it is confidently not English, else empty. */
  public Optional<String> notEnglish(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    if (letters(sample) < 100) return Optional.empty(); // too short to tell
    if (plainlyEnglish(sample)) return Optional.empty();
    Language best = detectors.get().predictLanguage(sample);
    if (best.getLang().equals("eng") || best.getConfidence() < MIN_CONFIDENCE) return Optional.empty();
    return Optional.of(best.getLang());
  }

  private static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) n++;
    return n;
  }

  /**
   * English function words: 0.28 to 0.41 of the words of the development articles, at most a tenth
   * of the words of French, German, Spanish, Dutch, Italian or Portuguese news.
   */
  private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("the", "of", "and", "to", "a", "in",
      "that", "is", "was", "for", "on", "with", "as", "by", "he", "it", "at", "said", "from", "his", "be", "has",
      "have", "are", "were", "not", "this", "an", "they", "which", "who", "their", "had", "been", "will", "but", "its");

  /**
   * True when function words make up a fifth of the words (runs of letters, as the regex
   * {@code \p{L}+} finds them, scanned by hand). The model is asked only when they do not: it
   * scores every character n-gram of the sample, several milliseconds per article.
   */
  static boolean plainlyEnglish(String sample) {
    int words = 0, function = 0;
    int i = 0, n = sample.length();
    while (i < n) {
      int start = i;
      while (i < n && Character.isLetter(sample.codePointAt(i))) i += Character.charCount(sample.codePointAt(i));
      if (i > start) {
        words++;
        if (i - start <= 5 && FUNCTION_WORDS.contains(sample.substring(start, i).toLowerCase(java.util.Locale.ROOT))) function++;
      } else {
        i += Character.charCount(sample.codePointAt(i));
      }
    }
    return words >= 30 && function * 5 >= words;
  }

  private static LanguageDetectorModel model() {
    LanguageDetectorModel local = model;
    if (local == null) {
      synchronized (LanguageCheck.class) {
        if (model == null) {
          try (InputStream in = LanguageCheck.class.getClassLoader().getResourceAsStream(MODEL)) {
            if (in == null) throw new IOException("model " + MODEL + " is not on the classpath");
            model = new LanguageDetectorModel(in);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot load the language model", e);
          }
        }
        local = model;
      }
    }
    return local;
  }
}
