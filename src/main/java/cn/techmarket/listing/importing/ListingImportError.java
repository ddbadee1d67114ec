package cn.techmarket.listing.importing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of an import's error report. */
@Entity
@Table(name = "listing_import_error")
public class ListingImportError extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "import_id")
    public long importId;
    @Column(name = "row_no")
    public int row;
    @Column(name = "column_name")
    public String column;
    public String field;
    @Column(name = "message_zh")
    public String messageZh;
    @Column(name = "message_en")
    public String messageEn;

    static ListingImportError of(long importId, RowError error) {
        ListingImportError e = new ListingImportError();
        e.importId = importId;
        e.row = error.row();
        e.column = truncate(error.column(), 100);
        e.field = truncate(error.field(), 100);
        e.messageZh = truncate(error.message().zh(), 1000);
        e.messageEn = truncate(error.message().en(), 1000);
        return e;
    }

    /** Headers come from the uploaded file: a long one must not make the report itself fail. */
    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
