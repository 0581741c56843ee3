namespace ProjectMap.Web.Reports;

/// <summary>The report files the viewer offers for download.</summary>
public enum MonthlyReportFormat
{
    /// <summary>The Excel workbook (汇总, 项目进展, 里程碑).</summary>
    Xlsx,

    /// <summary>The PDF report with maps and photos.</summary>
    Pdf,
}
