namespace ProjectMap.Domain.Ledger;

/// <summary>One reason for a project's status, in Chinese and English, with the level it alone would give.</summary>
/// <param name="Kind">What the reason is about.</param>
/// <param name="Level">The status this reason alone gives; the project's status is the highest of its reasons.</param>
/// <param name="Zh">The reason in Chinese.</param>
/// <param name="En">The reason in English.</param>
public sealed record StatusReason(ReasonKind Kind, StatusLevel Level, string Zh, string En)
{
    /// <summary>The reason in English when asked for, Chinese otherwise.</summary>
    public string Text(bool english) => english ? En : Zh;
}
