namespace ProjectMap.Reports.Export;

/// <summary>One file an export wrote.</summary>
/// <param name="Format">Its format.</param>
/// <param name="Path">Its absolute path.</param>
/// <param name="SizeBytes">Its size in bytes.</param>
/// <param name="Detail">What it holds (sheets, pages, features).</param>
public sealed record ExportedFile(ReportFormats Format, string Path, long SizeBytes, string Detail);
