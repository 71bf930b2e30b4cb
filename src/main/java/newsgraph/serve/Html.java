package newsgraph.serve;

/** Escaping and the page frame shared by the HTML views. */
final class Html {
  private Html() {}

  static String esc(String s) {
    if (s == null) return "";
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  static String page(String title, String body) {
    return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>%s — newsgraph</title>
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <style>
          body{font-family:system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:1em;color:#222}
          header a{color:#222;text-decoration:none;font-weight:bold} table{border-collapse:collapse;width:100%%}
          td,th{border-bottom:1px solid #ddd;padding:.3em;text-align:left;vertical-align:top}
          .evidence{color:#555;font-size:.9em} .kind{font-variant:small-caps;color:#777}
          #network{height:560px;border:1px solid #ccc} input{font-size:1em;padding:.3em;width:20em}
        </style></head>
        <body><header><a href="/">newsgraph</a> · <a href="/sparql">SPARQL</a> · <a href="/void">VoID</a></header>
        %s
        </body></html>
        """.formatted(esc(title), body);
  }
}
