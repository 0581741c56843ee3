namespace ProjectMap.Application.Ledger.Import;

/// <summary>A column a ledger spreadsheet may have; headers are matched in Chinese or English by <see cref="LedgerHeaders"/>.</summary>
public enum LedgerColumn
{
    /// <summary>项目编号 / code.</summary>
    Code,

    /// <summary>项目名称 / name (written on export, ignored on import).</summary>
    Name,

    /// <summary>里程碑 / milestone: step key, Chinese or English name.</summary>
    Step,

    /// <summary>计划日期 / planned.</summary>
    Planned,

    /// <summary>预计日期 / forecast.</summary>
    Forecast,

    /// <summary>实际日期 / actual.</summary>
    Actual,

    /// <summary>权重 / weight, in points.</summary>
    Weight,

    /// <summary>适用 / applicable: 是/否, yes/no.</summary>
    Applicable,

    /// <summary>月份 / month: yyyy-MM or a date cell.</summary>
    Month,

    /// <summary>完成投资（万元） / amount (万元): the month's completed investment.</summary>
    Amount,

    /// <summary>年度 / year.</summary>
    Year,

    /// <summary>年度计划投资（万元） / annual plan (万元).</summary>
    PlanAmount,

    /// <summary>字段 / field of a milestone change: 计划日期, 预计日期, 实际日期, 权重, 适用.</summary>
    Field,

    /// <summary>原值 / old value of a change (written on export, ignored on import).</summary>
    OldValue,

    /// <summary>新值 / new value of a change.</summary>
    NewValue,

    /// <summary>原因 / reason.</summary>
    Reason,

    /// <summary>填报人 / recorded by.</summary>
    RecordedBy,

    /// <summary>填报时间 / recorded at (Asia/Shanghai time).</summary>
    RecordedAt,

    /// <summary>生效时间 / effective at (written on export, derived again on import).</summary>
    EffectiveAt,

    /// <summary>记录编号 / id (written on export, ignored on import).</summary>
    Id,

    /// <summary>更正记录 / corrects (written on export, ignored on import: corrections are recognised by project and period).</summary>
    Corrects,
}
