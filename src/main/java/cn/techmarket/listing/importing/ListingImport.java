package cn.techmarket.listing.importing;

import cn.techmarket.importing.ImportJob;
import cn.techmarket.listing.ListingKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One uploaded file of listings being imported: the engine's job, for one organization and kind. */
@Entity
@Table(name = "listing_import")
public class ListingImport extends ImportJob {
    @Column(name = "organization_id")
    public long organizationId;
    @Enumerated(EnumType.STRING)
    public ListingKind kind;
    @Column(name = "submit_for_review")
    public boolean submitForReview;
}
