namespace ProjectMap.Application.Ledger.Import;

/// <summary>The kinds of ledger table a sheet can hold, recognised by its headers.</summary>
public enum LedgerTableKind
{
    /// <summary>Milestones: 项目编号, 里程碑 and any of 计划日期, 预计日期, 实际日期, 权重, 适用.</summary>
    Milestones,

    /// <summary>Milestone change log: 项目编号, 里程碑, 字段, 新值.</summary>
    MilestoneChanges,

    /// <summary>Monthly investment returns: 项目编号, 月份, 完成投资（万元）.</summary>
    Investment,

    /// <summary>Annual investment plans: 项目编号, 年度, 年度计划投资（万元）.</summary>
    AnnualPlans,
}
