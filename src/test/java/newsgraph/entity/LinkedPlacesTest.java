package newsgraph.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsgraph.TestArticles;
import newsgraph.extract.ArticleFacts;
import org.junit.jupiter.api.Test;

/** Issue 18: places from the GeoNames index, only where the text puts a place; links from the packaged gazetteers. */
class LinkedPlacesTest {
  private static List<String> mentions(String text) {
    ArticleFacts f = TestArticles.facts(text);
    return f.entities().mentions().stream().map(m -> m.surface() + " -> " + m.entity().key()).toList();
  }

  @Test
  void aTownAfterALocativeIsACityOfItsCountry() {
    ArticleFacts f = TestArticles.facts("The two ministers met in Antalya on Monday to discuss the gas pipeline.");
    Entity city = f.entities().entity("city/antalya").orElseThrow();
    assertThat(city.country()).isEqualTo("country/turkey");
    assertThat(Gazetteer.get().geonames(city)).get().extracting(PlaceIndex.Place::iso2).isEqualTo("TR");
  }

  @Test
  void aCountryWrittenAfterTheTownPicksThePlace() {
    // several towns share the name; the one in the country named beside it is meant
    Entity alone = TestArticles.facts("The talks were held in Hamilton on Friday.").entities().entity("city/hamilton")
        .orElseThrow();
    assertThat(alone.country()).isEqualTo("country/canada");
    Entity named = TestArticles.facts("The talks were held in Hamilton, New Zealand, on Friday.").entities()
        .entity("city/hamilton").orElseThrow();
    assertThat(named.country()).isEqualTo("country/new-zealand");
  }

  @Test
  void aDatelineInCapitalsIsAPlaceNotAPerson() {
    assertThat(mentions("TRABZON, March 3 (Reuters) - The Turkish and Georgian leaders met on Tuesday."))
        .contains("TRABZON -> city/trabzon").noneMatch(m -> m.contains("person/trabzon"));
    assertThat(mentions("PHNOM PENH, Nov. 13 (Yonhap) -- The two leaders held talks on Sunday."))
        .contains("PHNOM PENH -> city/phnom-penh");
  }

  @Test
  void aNameWithTheSentencesFullStopIsStillThePlace() {
    assertThat(mentions("\"We came to stand with you,\" the Estonian prime minister said on arriving in Tallinn."))
        .contains("Tallinn -> city/tallinn");
    assertThat(mentions("The Finnish minister wrote: \"Our thanks go to everyone in Tallinn.\""))
        .anyMatch(m -> m.startsWith("Tallinn") && m.endsWith("-> city/tallinn")).noneMatch(m -> m.contains("person/tallinn"));
  }

  @Test
  void commonWordsAndPeopleNamedLikeTownsAreNoPlaces() {
    // "Of" is a Turkish town and "Paris" a capital; neither is a place here
    assertThat(mentions("Paris Hilton said the idea of a summit was fun.")).noneMatch(m -> m.contains("city/"));
    assertThat(mentions("Most Of the delegates left early, said Alan Brooks.")).noneMatch(m -> m.contains("city/of"));
    // a small town is not taken on its name alone
    assertThat(mentions("The minister spoke in Hilton on Monday.")).noneMatch(m -> m.contains("city/hilton"));
  }

  @Test
  void capitalsAreTheCapitalUnderWhicheverNameGeoNamesFilesThem() {
    Gazetteer g = Gazetteer.get();
    assertThat(g.geonames(g.lookup("Washington").orElseThrow().entity())).get()
        .extracting(PlaceIndex.Place::geonamesId).isEqualTo(4140963);
    assertThat(g.geonames(g.lookup("Moscow").orElseThrow().entity())).get()
        .extracting(PlaceIndex.Place::geonamesId).isEqualTo(524901);
    assertThat(g.wikidataIri(g.lookup("China").orElseThrow().entity())).hasValue("http://www.wikidata.org/entity/Q148");
    assertThat(g.wikidataIri(g.lookup("EU").orElseThrow().entity())).hasValue("http://www.wikidata.org/entity/Q458");
    // organisations the package does not identify get no id, never one typed from memory
    assertThat(g.wikidataIri(g.lookup("NATO").orElseThrow().entity())).isEmpty();
  }
}
