package cn.techmarket.contract.importing;

import cn.techmarket.importing.ImportJob;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One uploaded file of historical registrations being imported. */
@Entity
@Table(name = "contract_import")
public class ContractImport extends ImportJob {
}
