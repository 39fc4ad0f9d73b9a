package io.coshoring.matching;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
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
 *
 * <p>Besides its skills, a post is indexed under every skill they are a kind of (its families), so
 * that a demand for back-end development finds a Django developer by one term, and a demand under
 * the skills its problem words suggest, apart, so that an offer finds it by them.
 *
 * <p>Text and skills go in fields of the post's kind ({@code skill.offer}, {@code text_en.demand}),
 * so a match reads only the postings of the opposite kind, with no filter on kind to intersect.
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
  static final String FAMILY = "family";
  static final String SUGGESTED = "suggested";
  static final String CITY = "city";
  static final String REMOTE = "remote";
  static final String LANGUAGE = "language";
  static final String TEXT_EN = "text_en";
  static final String TEXT_FR = "text_fr";
  static final String FINGERPRINT = "fingerprint";

  /**
   * The layout's version, kept with each commit: an index of another layout (fields, analyzers,
   * sort) is not reused but built again.
   */
  static final String LAYOUT = "3";

  private PostDocuments() {}

  static Analyzer analyzer() {
    Map<String, Analyzer> analyzers = new HashMap<>();
    Analyzer english = new EnglishAnalyzer();
    Analyzer french = new FrenchAnalyzer();
    for (PostKind kind : PostKind.values()) {
      analyzers.put(field(TEXT_EN, kind), english);
      analyzers.put(field(TEXT_FR, kind), french);
    }
    return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), analyzers);
  }

  /** The field of {@code base} ({@link #SKILL}, {@link #TEXT_EN}, {@link #TEXT_FR}) for a kind. */
  static String field(String base, PostKind kind) {
    return base + "." + kind.name().toLowerCase(Locale.ROOT);
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
      doc.add(new StringField(field(SKILL, post.kind()), skill, Field.Store.NO));
    }
    for (String family : indexed.families()) {
      doc.add(new StringField(field(FAMILY, post.kind()), family, Field.Store.NO));
    }
    for (Suggestion suggestion : indexed.suggested()) {
      doc.add(new StringField(field(SUGGESTED, post.kind()), suggestion.skill(), Field.Store.NO));
    }
    if (post.city() != null && post.workMode().allowsOnsite()) {
      doc.add(new StringField(CITY, city(post.city()), Field.Store.NO));
    }
    doc.add(
        new StringField(REMOTE, Boolean.toString(post.workMode().allowsRemote()), Field.Store.NO));
    for (String language : post.languages()) {
      doc.add(new StringField(LANGUAGE, language, Field.Store.NO));
    }
    String text = InclusiveWriting.base(post.text());
    doc.add(new TextField(field(TEXT_EN, post.kind()), text, Field.Store.NO));
    doc.add(new TextField(field(TEXT_FR, post.kind()), text, Field.Store.NO));
    doc.add(new BinaryDocValuesField(FINGERPRINT, new BytesRef(fingerprint(indexed))));
    return doc;
  }

  /**
   * A digest of everything {@link #of} writes for the post: equal fingerprints, equal documents, so
   * a document found in the index with the fingerprint of the post as stored now is reused.
   */
  static byte[] fingerprint(IndexedPost indexed) {
    Post post = indexed.post();
    List<String> values = new ArrayList<>();
    values.add(post.id());
    values.add(post.kind().name());
    values.add(post.author());
    values.add(post.space());
    values.add(post.visibility().name());
    values.add(Long.toString(post.expiresAt().getEpochSecond()));
    values.add(Long.toString(post.createdAt().getEpochSecond()));
    values.add(String.join(",", new TreeSet<>(indexed.skills())));
    values.add(String.join(",", new TreeSet<>(indexed.families())));
    values.add(String.join(",", indexed.suggested().stream().map(Suggestion::skill).toList()));
    values.add(post.city() != null && post.workMode().allowsOnsite() ? city(post.city()) : "");
    values.add(Boolean.toString(post.workMode().allowsRemote()));
    values.add(String.join(",", new TreeSet<>(post.languages())));
    values.add(post.text());
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String value : values) {
        // Each value's length first, so that no two lists of values read as the same bytes.
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
      }
      return digest.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  static String city(String city) {
    return Folding.normalize(city.strip());
  }
}
