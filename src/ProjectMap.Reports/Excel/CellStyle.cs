namespace ProjectMap.Reports.Excel;

/// <summary>The report workbook's cell formats, by their index in the stylesheet (<see cref="ReportStylesheet"/>).</summary>
public enum CellStyle : uint
{
    /// <summary>Plain.</summary>
    Default = 0,

    /// <summary>Sheet title: 16 pt bold, centred.</summary>
    Title = 1,

    /// <summary>Line under the title, left.</summary>
    MetaLeft = 2,

    /// <summary>Line under the title, right.</summary>
    MetaRight = 3,

    /// <summary>Column header: bold on grey, bordered, centred, wrapped.</summary>
    Header = 4,

    /// <summary>Text, bordered, left, wrapped.</summary>
    Text = 5,

    /// <summary>Text, bordered, centred.</summary>
    TextCentre = 6,

    /// <summary>Whole number, bordered, centred.</summary>
    Integer = 7,

    /// <summary>Amount #,##0.00, bordered.</summary>
    Money = 8,

    /// <summary>Percentage 0.0%, bordered.</summary>
    Percent = 9,

    /// <summary>Date yyyy-mm-dd, bordered, centred.</summary>
    Date = 10,

    /// <summary>Green status (正常 / 绿灯).</summary>
    Green = 11,

    /// <summary>Amber status (预警 / 黄灯).</summary>
    Amber = 12,

    /// <summary>Red status (滞后 / 红灯).</summary>
    Red = 13,

    /// <summary>Total row label: bold on light grey, centred.</summary>
    TotalLabel = 14,

    /// <summary>Total row amount.</summary>
    TotalMoney = 15,

    /// <summary>Total row percentage.</summary>
    TotalPercent = 16,

    /// <summary>Total row whole number.</summary>
    TotalInteger = 17,

    /// <summary>Note under a table: 9 pt grey, wrapped.</summary>
    Note = 18,

    /// <summary>Total row, empty cell.</summary>
    TotalBlank = 19,

    /// <summary>Not rated (grey text, centred).</summary>
    Unrated = 20,

    /// <summary>General number, bordered, centred.</summary>
    NumberCentre = 21,

    /// <summary>Section heading inside a sheet: bold, left.</summary>
    Section = 22,
}
