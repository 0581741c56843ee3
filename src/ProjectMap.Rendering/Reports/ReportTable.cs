using SkiaSharp;

namespace ProjectMap.Rendering.Reports;

/// <summary>
/// A ruled table drawn onto a PDF page: a grey-blue header row, wrapped cell text, thin rules, optional row fills and
/// red/amber/green dots. Rows are measured first so a long table can be split across pages with the header repeated.
/// </summary>
public sealed class ReportTable
{
    private const float PadX = 3f;
    private const float PadY = 3f;
    private readonly ReportFonts _fonts;

    /// <summary>A table with the given columns and body font size in points.</summary>
    public ReportTable(ReportFonts fonts, IReadOnlyList<TableColumn> columns, float fontSize)
    {
        _fonts = fonts;
        Columns = columns;
        FontSize = fontSize;
    }

    /// <summary>The columns.</summary>
    public IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>Body font size in points.</summary>
    public float FontSize { get; }

    /// <summary>The rows (one cell per column).</summary>
    public List<IReadOnlyList<TableCell>> Rows { get; } = [];

    /// <summary>The fill of every other row, or null.</summary>
    public SKColor? Zebra { get; set; } = ReportPalette.Zebra;

    /// <summary>Total width in points.</summary>
    public float Width => Columns.Sum(c => c.Width);

    private float LineHeight => FontSize * 1.32f;

    /// <summary>The header row's height in points.</summary>
    public float HeaderHeight()
    {
        using var font = _fonts.Font(FontSize, bold: true);
        var lines = Columns.Max(c => Math.Max(1, TextDraw.Wrap(font, c.Header, c.Width - (2 * PadX)).Count));
        return (lines * LineHeight) + (2 * PadY) + 2;
    }

    /// <summary>The height of a row in points.</summary>
    public float RowHeight(int index)
    {
        var row = Rows[index];
        var lines = 1;
        for (var c = 0; c < Columns.Count; c++)
        {
            using var font = _fonts.Font(FontSize, row[c].Bold);
            lines = Math.Max(lines, TextDraw.Wrap(font, row[c].Text, CellTextWidth(c, row[c])).Count);
        }

        return (lines * LineHeight) + (2 * PadY);
    }

    /// <summary>How many rows from <paramref name="first"/> fit in <paramref name="height"/> points below the header (at least one).</summary>
    public int RowsThatFit(int first, float height)
    {
        var used = HeaderHeight();
        var n = 0;
        for (var i = first; i < Rows.Count; i++)
        {
            used += RowHeight(i);
            if (used > height && n > 0)
            {
                break;
            }

            n++;
        }

        return n;
    }

    /// <summary>Draws the header and rows [first, first + count) at (x, y); returns the height drawn in points.</summary>
    public float Draw(SKCanvas canvas, float x, float y, int first, int count)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        using var rule = new SKPaint { Color = ReportPalette.Rule, StrokeWidth = 0.5f, IsStroke = true, IsAntialias = true };
        using var fill = new SKPaint { IsAntialias = true };
        var top = y;
        var headerHeight = HeaderHeight();
        fill.Color = ReportPalette.HeaderFill;
        canvas.DrawRect(x, y, Width, headerHeight, fill);
        using (var bold = _fonts.Font(FontSize, bold: true))
        {
            var cx = x;
            foreach (var c in Columns)
            {
                var lines = TextDraw.Wrap(bold, c.Header, c.Width - (2 * PadX));
                var textTop = y + ((headerHeight - (lines.Count * LineHeight)) / 2);
                for (var i = 0; i < lines.Count; i++)
                {
                    TextDraw.Line(canvas, lines[i], cx + (c.Width / 2), textTop + (i * LineHeight) + (LineHeight * 0.78f), bold, ReportPalette.Ink, SKTextAlign.Center);
                }

                cx += c.Width;
            }
        }

        y += headerHeight;
        for (var r = first; r < first + count && r < Rows.Count; r++)
        {
            var row = Rows[r];
            var height = RowHeight(r);
            if (Zebra is { } z && (r - first) % 2 == 1)
            {
                fill.Color = z;
                canvas.DrawRect(x, y, Width, height, fill);
            }

            var cx = x;
            for (var c = 0; c < Columns.Count; c++)
            {
                DrawCell(canvas, row[c], Columns[c], c, cx, y, height, fill);
                cx += Columns[c].Width;
            }

            canvas.DrawLine(x, y, x + Width, y, rule);
            y += height;
        }

        // Outer frame and column rules.
        canvas.DrawLine(x, y, x + Width, y, rule);
        canvas.DrawLine(x, top + headerHeight, x + Width, top + headerHeight, rule);
        var vx = x;
        canvas.DrawLine(vx, top, vx, y, rule);
        foreach (var c in Columns)
        {
            vx += c.Width;
            canvas.DrawLine(vx, top, vx, y, rule);
        }

        canvas.DrawLine(x, top, x + Width, top, rule);
        return y - top;
    }

    private float CellTextWidth(int column, TableCell cell) => Columns[column].Width - (2 * PadX) - (cell.Dot is null ? 0 : FontSize);

    private void DrawCell(SKCanvas canvas, TableCell cell, TableColumn column, int index, float x, float y, float height, SKPaint fill)
    {
        if (cell.Fill is { } f)
        {
            fill.Color = f;
            canvas.DrawRect(x, y, column.Width, height, fill);
        }

        using var font = _fonts.Font(FontSize, cell.Bold);
        var width = CellTextWidth(index, cell);
        var lines = TextDraw.Wrap(font, cell.Text, width);
        var textTop = y + ((height - (lines.Count * LineHeight)) / 2);
        var dotSpace = cell.Dot is null ? 0 : FontSize;
        var contentWidth = lines.Count == 0 ? 0 : lines.Max(l => TextDraw.Width(font, l));
        float left = column.Align switch
        {
            SKTextAlign.Center => x + ((column.Width - contentWidth - dotSpace) / 2),
            SKTextAlign.Right => x + column.Width - PadX - contentWidth - dotSpace,
            _ => x + PadX,
        };
        if (cell.Dot is { } dot)
        {
            fill.Color = dot;
            canvas.DrawCircle(left + (FontSize * 0.4f), y + (height / 2), FontSize * 0.36f, fill);
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var baseline = textTop + (i * LineHeight) + (LineHeight * 0.78f);
            var lx = column.Align switch
            {
                SKTextAlign.Right => x + column.Width - PadX,
                SKTextAlign.Center => left + dotSpace + (contentWidth / 2),
                _ => left + dotSpace,
            };
            TextDraw.Line(canvas, lines[i], lx, baseline, font, cell.Color ?? ReportPalette.Ink, column.Align);
        }
    }
}
