package cn.techmarket.listing.importing;

import cn.techmarket.importing.ImportRowError;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One line of a listing import's error report. */
@Entity
@Table(name = "listing_import_error")
public class ListingImportError extends ImportRowError {
}
