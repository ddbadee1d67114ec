package cn.techmarket.contract.importing;

import cn.techmarket.importing.ImportRowError;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One line of a contract import's error report. */
@Entity
@Table(name = "contract_import_error")
public class ContractImportError extends ImportRowError {
}
