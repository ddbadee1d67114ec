package cn.techmarket.voucher;

/** The service categories of the Sichuan 办法 (2025 notice); each programme sets its own ratio per category. */
public enum ServiceCategory {
    TESTING, PILOT, LARGE_INSTRUMENT, HPC, BROKER_TRAINING, PATENT_AGENCY, CONSULTING
}
