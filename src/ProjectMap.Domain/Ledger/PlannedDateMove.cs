namespace ProjectMap.Domain.Ledger;

/// <summary>
/// The latest recorded move of a milestone's planned date (a change of <see cref="MilestoneField.Planned"/> from an
/// earlier date): the date it was moved from and the reason given, which a status names beside an overdue milestone.
/// </summary>
/// <param name="StepKey">The milestone's template step key.</param>
/// <param name="OldValue">The planned date before the move, as the change log writes it (yyyy-MM-dd).</param>
/// <param name="Reason">The reason recorded for the move.</param>
public sealed record PlannedDateMove(string StepKey, string OldValue, string Reason);
