using System.Globalization;
using System.Text;

namespace ProjectMap.Cli.Infrastructure;

/// <summary>A plain-text table for terminals, aligning columns by display width (CJK characters count as two columns).</summary>
public sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    /// <summary>Indices of columns to right-align (numbers).</summary>
    public HashSet<int> RightAligned { get; } = [];

    /// <summary>Adds a row; missing cells are blank.</summary>
    public void Add(params string[] cells) => _rows.Add(cells);

    /// <summary>The table as text, one line per row, header first and a rule under it.</summary>
    public override string ToString()
    {
        var widths = headers.Select(DisplayWidth).ToArray();
        foreach (var row in _rows)
        {
            for (var i = 0; i < widths.Length && i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], DisplayWidth(row[i]));
            }
        }

        var sb = new StringBuilder();
        Line(sb, headers, widths);
        sb.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in _rows)
        {
            Line(sb, row, widths);
        }

        return sb.ToString();
    }

    /// <summary>Terminal columns a string occupies: East Asian wide characters count two.</summary>
    public static int DisplayWidth(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var width = 0;
        foreach (var rune in s.EnumerateRunes())
        {
            width += IsWide(rune.Value) ? 2 : 1;
        }

        return width;
    }

    private void Line(StringBuilder sb, string[] cells, int[] widths)
    {
        var parts = new List<string>();
        for (var i = 0; i < widths.Length; i++)
        {
            var cell = i < cells.Length ? cells[i] : string.Empty;
            var pad = new string(' ', widths[i] - DisplayWidth(cell));
            parts.Add(RightAligned.Contains(i) ? pad + cell : cell + pad);
        }

        sb.AppendLine(string.Join("  ", parts).TrimEnd());
    }

    private static bool IsWide(int c) =>
        c is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or >= 0x20000 and <= 0x3FFFD;

    /// <summary>Formats a number with thousands separators and a fixed number of decimals, invariant culture.</summary>
    public static string Number(double value, int decimals) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
