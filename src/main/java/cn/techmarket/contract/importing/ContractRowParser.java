package cn.techmarket.contract.importing;

import cn.techmarket.contract.ContractForm;
import cn.techmarket.contract.ContractSubType;
import cn.techmarket.contract.CostKind;
import cn.techmarket.contract.IpType;
import cn.techmarket.contract.PlanCategory;
import cn.techmarket.contract.SubjectType;
import cn.techmarket.contract.TechnicalField;
import cn.techmarket.contract.TradeFlag;
import cn.techmarket.contract.HistoricalRow;
import cn.techmarket.importing.ImportTable;
import cn.techmarket.importing.RowParser;
import cn.techmarket.importing.RowReader;
import cn.techmarket.importing.TableRow;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static cn.techmarket.contract.importing.ContractColumn.*;

/** Reads one template row; codes are the API's (DEV_COMMISSIONED, ENTERPRISE, ...), case ignored. */
class ContractRowParser implements RowParser<HistoricalRow> {
    private final ImportTable<ContractColumn> table;
    private final int maxCellLength;

    ContractRowParser(ImportTable<ContractColumn> table, int maxCellLength) {
        this.table = table;
        this.maxCellLength = maxCellLength;
    }

    @Override
    public Parsed<HistoricalRow> parse(TableRow row) {
        RowReader<ContractColumn> in = new RowReader<>(table, row, maxCellLength);
        HistoricalRow.Event event = in.choice(EVENT, HistoricalRow.Event::parse, "登记 / 变更 / 注销");
        BigDecimal total = in.amount(TOTAL_AMOUNT);
        BigDecimal nonTechnical = in.amount(NON_TECHNICAL_AMOUNT);
        ContractForm contract = null;
        if (event == HistoricalRow.Event.REGISTERED) {
            contract = new ContractForm(in.text(TITLE), code(in, SUB_TYPE, ContractSubType.class),
                    party(in, SELLER_NAME, SELLER_CREDIT_CODE, SELLER_REGION, SELLER_COUNTRY, SELLER_SUBJECT_TYPE),
                    party(in, BUYER_NAME, BUYER_CREDIT_CODE, BUYER_REGION, BUYER_COUNTRY, BUYER_SUBJECT_TYPE),
                    in.date(SIGNED_ON), null, null, code(in, TECHNICAL_FIELD, TechnicalField.class),
                    code(in, IP_TYPE, IpType.class), code(in, PLAN_CATEGORY, PlanCategory.class),
                    code(in, TRADE_FLAG, TradeFlag.class), in.amount(EXPECTED_INVESTMENT), in.amount(EXPECTED_OUTPUT),
                    total, costs(nonTechnical), null, null);
        }
        HistoricalRow form = new HistoricalRow(in.text(REGISTRATION_NO), event, in.date(EFFECTIVE_ON),
                in.text(POINT_REGION), contract, total, nonTechnical, in.text(REASON));
        return new Parsed<>(form, in.errors());
    }

    /** The national system records the non-technical costs as one sum: one OTHER line. */
    static List<ContractForm.CostLineForm> costs(BigDecimal nonTechnical) {
        return nonTechnical == null || nonTechnical.signum() == 0 ? List.of()
                : List.of(new ContractForm.CostLineForm(CostKind.OTHER, "非技术性费用（导入）", nonTechnical));
    }

    private static ContractForm.PartyForm party(RowReader<ContractColumn> in, ContractColumn name, ContractColumn code,
                                                ContractColumn region, ContractColumn country, ContractColumn type) {
        return new ContractForm.PartyForm(in.text(name), in.text(code), in.text(region), in.text(country),
                code(in, type, SubjectType.class));
    }

    private static <E extends Enum<E>> E code(RowReader<ContractColumn> in, ContractColumn column, Class<E> type) {
        String offer = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(" / "));
        return in.choice(column, text -> {
            try {
                return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }, offer);
    }
}
