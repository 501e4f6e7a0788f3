package uk.partnership.portal.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.eclipse.persistence.annotations.ReadOnly;

/** A record's row in the search index, written only by the database's triggers; read here inside search queries. */
@Entity
@ReadOnly
@Table(name = "search_doc")
@IdClass(SearchDoc.Key.class)
public class SearchDoc {

    /** A row's key: its kind and its record's id. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String kind;
        private long recordId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.kind.equals(kind) && k.recordId == recordId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, recordId);
        }
    }

    @Id
    private String kind;

    @Id
    @Column(name = "record_id")
    private long recordId;

    @Column(name = "body_id")
    private Long bodyId;

    @Column(name = "on_date")
    private LocalDate onDate;

    /** The tsvector, only ever used inside a query's condition. */
    @Column(insertable = false, updatable = false)
    private String tsv;

    protected SearchDoc() {
    }
}
