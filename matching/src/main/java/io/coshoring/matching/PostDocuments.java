package io.coshoring.matching;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * How a post is laid out in the Lucene index: its text twice, analyzed in English and in French
 * (stemmed, stop words removed), its skill ids as exact terms, and the fields the hard filters
 * need.
 */
final class PostDocuments {

  static final String ID = "id";
  static final String KIND = "kind";
  static final String AUTHOR = "author";
  static final String SPACE = "space";
  static final String VISIBILITY = "visibility";
  static final String EXPIRES = "expires";
  static final String CREATED = "created";
  static final String SKILL = "skill";
  static final String CITY = "city";
  static final String REMOTE = "remote";
  static final String LANGUAGE = "language";
  static final String TEXT_EN = "text_en";
  static final String TEXT_FR = "text_fr";

  private PostDocuments() {}

  static Analyzer analyzer() {
    return new PerFieldAnalyzerWrapper(
        new StandardAnalyzer(),
        Map.of(TEXT_EN, new EnglishAnalyzer(), TEXT_FR, new FrenchAnalyzer()));
  }

  static Document of(IndexedPost indexed) {
    Post post = indexed.post();
    Document doc = new Document();
    doc.add(new StringField(ID, post.id(), Field.Store.NO));
    doc.add(new BinaryDocValuesField(ID, new BytesRef(post.id())));
    doc.add(new StringField(KIND, post.kind().name(), Field.Store.NO));
    doc.add(new StringField(AUTHOR, post.author(), Field.Store.NO));
    doc.add(new StringField(SPACE, post.space(), Field.Store.NO));
    doc.add(new StringField(VISIBILITY, post.visibility().name(), Field.Store.NO));
    doc.add(new LongField(EXPIRES, post.expiresAt().getEpochSecond(), Field.Store.NO));
    doc.add(new NumericDocValuesField(CREATED, post.createdAt().getEpochSecond()));
    for (String skill : indexed.skills()) {
      doc.add(new StringField(SKILL, skill, Field.Store.NO));
    }
    if (post.city() != null && post.workMode().allowsOnsite()) {
      doc.add(new StringField(CITY, city(post.city()), Field.Store.NO));
    }
    doc.add(
        new StringField(REMOTE, Boolean.toString(post.workMode().allowsRemote()), Field.Store.NO));
    for (String language : post.languages()) {
      doc.add(new StringField(LANGUAGE, language, Field.Store.NO));
    }
    doc.add(new TextField(TEXT_EN, post.text(), Field.Store.NO));
    doc.add(new TextField(TEXT_FR, post.text(), Field.Store.NO));
    return doc;
  }

  static String city(String city) {
    return Folding.normalize(city.strip());
  }
}
