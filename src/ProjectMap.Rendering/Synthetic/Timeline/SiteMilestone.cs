namespace ProjectMap.Rendering.Synthetic.Timeline;

/// <summary>
/// The milestones of a key project that change what a drone sees on its site, in chain order (the ledger's chain
/// without 签约 and 供地, which leave no trace on the ground).
/// </summary>
public enum SiteMilestone
{
    /// <summary>开工: construction started; excavation begins.</summary>
    Start = 0,

    /// <summary>主体结构封顶: structure topped out; roofs close.</summary>
    ToppingOut,

    /// <summary>内部装修: interior fit-out; scaffolding comes down, site works begin.</summary>
    FitOut,

    /// <summary>设备安装调试: equipment installation and commissioning (for retrofits: the equipment is in).</summary>
    Commissioning,

    /// <summary>竣工验收: completion acceptance; paving and landscaping finished.</summary>
    Acceptance,

    /// <summary>投产: production started (for PV projects: grid connection).</summary>
    Production,
}
