package cn.techmarket.importing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** One line of an import's error report: the columns every kind's error table has (see {@code listing_import_error}). */
@MappedSuperclass
public abstract class ImportRowError extends PanacheEntityBase {
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

    ImportRowError fill(long importId, RowError error) {
        this.importId = importId;
        row = error.row();
        column = truncate(error.column(), 100);
        field = truncate(error.field(), 100);
        messageZh = truncate(error.message().zh(), 1000);
        messageEn = truncate(error.message().en(), 1000);
        return this;
    }

    /** Headers come from the uploaded file: a long one must not make the report itself fail. */
    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
