namespace ProjectMap.Web.Api;

/// <summary>
/// The usual milestone chain of a key project, in order, with English names, so the stage overlay colours stages from
/// early to late. Stages not in the chain are shown as they are, after it. When the ledger's milestone template is
/// available the viewer takes the order from there instead.
/// </summary>
public static class StageCatalog
{
    /// <summary>The stages in order: (Chinese, English).</summary>
    public static IReadOnlyList<(string Zh, string En)> Default { get; } =
    [
        ("签约", "Contract signed"),
        ("供地", "Land supplied"),
        ("开工", "Construction started"),
        ("主体结构封顶", "Structure topped out"),
        ("内部装修", "Interior fit-out"),
        ("设备安装调试", "Equipment installation and commissioning"),
        ("竣工验收", "Completion acceptance"),
        ("投产", "In production"),
    ];
}
