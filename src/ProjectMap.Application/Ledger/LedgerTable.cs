namespace ProjectMap.Application.Ledger;

/// <summary>The ledger's tables as exported: one XLSX sheet each, or one CSV file.</summary>
public enum LedgerTable
{
    /// <summary>Milestones as they stand now (里程碑).</summary>
    Milestones,

    /// <summary>The milestone change log (里程碑变更).</summary>
    Changes,

    /// <summary>Monthly investment returns with corrections (月度投资).</summary>
    Investment,

    /// <summary>Annual plans with revisions (年度计划).</summary>
    Plans,
}
