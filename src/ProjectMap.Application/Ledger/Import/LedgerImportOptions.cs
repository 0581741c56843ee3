namespace ProjectMap.Application.Ledger.Import;

/// <summary>How a ledger spreadsheet is imported.</summary>
/// <param name="SkipInvalid">False (default): any bad row refuses the whole file. True: bad rows are reported and skipped, good rows imported.</param>
/// <param name="By">Who recorded rows that have no 填报人 column value.</param>
/// <param name="Now">The recording instant for rows without 填报时间, normally the current time.</param>
public sealed record LedgerImportOptions(bool SkipInvalid, string By, DateTimeOffset Now);
