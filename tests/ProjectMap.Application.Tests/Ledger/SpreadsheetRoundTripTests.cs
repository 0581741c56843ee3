using System.IO.Compression;
using ProjectMap.Application.Ledger.Spreadsheets;
using ProjectMap.Domain.Time;
using ProjectMap.Testing;

namespace ProjectMap.Application.Tests.Ledger;

public sealed class SpreadsheetRoundTripTests
{
    private static readonly SheetContent Sheet = new(
        "月度投资",
        [new SheetColumn("项目编号", ColumnKind.Text), new SheetColumn("月份", ColumnKind.Month), new SheetColumn("完成投资（万元）", ColumnKind.Amount),
         new SheetColumn("计划日期", ColumnKind.Date), new SheetColumn("填报时间", ColumnKind.Instant), new SheetColumn("原因", ColumnKind.Text)],
        [
            ["WJ2023-001", new YearMonth(2023, 11), 2600.1234m, new DateOnly(2023, 8, 31), new DateTimeOffset(2023, 11, 30, 17, 0, 0, TimeSpan.FromHours(8)), "含\"设备款\",分两笔\n第二行"],
        ]);

    [Fact]
    public void Xlsx_WrittenThenRead_NumbersAndDatesAreRealNumericCells()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("t.xlsx");
        XlsxWriter.Write(path, [Sheet]);

        var table = Assert.Single(XlsxReader.Read(path));
        Assert.Equal("月度投资", table.Name);
        Assert.Equal(["项目编号", "月份", "完成投资（万元）", "计划日期", "填报时间", "原因"], table.Headers);
        var row = Assert.Single(table.Rows);
        Assert.Equal(2, row.Number);
        Assert.Equal(2600.1234, row[2].Number);
        Assert.Equal(new DateTime(2023, 11, 1).ToOADate(), row[1].Number);
        Assert.Equal(new DateTime(2023, 8, 31).ToOADate(), row[3].Number);
        Assert.Equal(new DateTime(2023, 11, 30, 17, 0, 0).ToOADate(), row[4].Number!.Value, 1e-9);
        Assert.Equal("含\"设备款\",分两笔\n第二行", row[5].Text);

        using var zip = ZipFile.OpenRead(path);
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var xml = reader.ReadToEnd();
        Assert.Contains("<x:c r=\"C2\" s=\"3\"><x:v>2600.1234</x:v></x:c>", xml, StringComparison.Ordinal);
        Assert.Contains("<x:c r=\"D2\" s=\"1\"><x:v>45169</x:v></x:c>", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_WrittenThenRead_QuotesNewlinesAndRowNumbersSurvive()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("t.csv");
        CsvWriter.Write(path, Sheet with { Rows = [.. Sheet.Rows, ["WJ2023-002", new YearMonth(2023, 12), 5m, null, null, "x"]] });

        var table = CsvReader.Read(path);
        Assert.Equal(6, table.Headers.Count);
        Assert.Equal([2, 4], table.Rows.Select(r => r.Number));
        Assert.Equal("含\"设备款\",分两笔\n第二行", table.Rows[0][5].Text);
        Assert.Equal(("2023-11", "2600.1234", "2023-08-31", "2023-11-30 17:00:00"), (table.Rows[0][1].Text, table.Rows[0][2].Text, table.Rows[0][3].Text, table.Rows[0][4].Text));
        Assert.True(table.Rows[1][3].IsEmpty);
    }

    [Fact]
    public void CsvDecode_Gb18030WithoutBom_ReadsChinese()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var bytes = System.Text.Encoding.GetEncoding("GB18030").GetBytes("项目编号,月份\r\n鑫奇航,2023-11\r\n");
        Assert.Equal("项目编号,月份\r\n鑫奇航,2023-11\r\n", CsvReader.Decode(bytes));
    }
}
