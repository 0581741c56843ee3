using ProjectMap.Domain.Projects;

namespace ProjectMap.Domain.Ledger;

/// <summary>
/// An append-only ledger amount for a project and period (a month's investment return, a year's plan) that is never
/// overwritten: a correction is a new entry naming the entry it corrects.
/// </summary>
public interface ICorrectableEntry
{
    /// <summary>The entry's identity, assigned when it is created.</summary>
    Guid Id { get; }

    /// <summary>The project.</summary>
    ProjectCode Code { get; }

    /// <summary>The period the amount is for, as text (yyyy-MM for months, yyyy for years); entries of one chain share it.</summary>
    string Period { get; }

    /// <summary>The entry this one corrects, or null for the first entry of a period.</summary>
    Guid? CorrectsId { get; }

    /// <summary>When the entry was recorded.</summary>
    DateTimeOffset RecordedAt { get; }

    /// <summary>From when "as of" figures see the entry.</summary>
    DateTimeOffset EffectiveAt { get; }
}
