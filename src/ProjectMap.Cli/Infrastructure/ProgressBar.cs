using System.Globalization;

namespace ProjectMap.Cli.Infrastructure;

/// <summary>A one-line progress bar redrawn with carriage returns; only used when standard output is a terminal.</summary>
public sealed class ProgressBar(TextWriter output, long total)
{
    private const int Width = 30;
    private long _done;

    /// <summary>Counts one item and redraws.</summary>
    public void Advance(string item)
    {
        _done++;
        var filled = total > 0 ? (int)(Width * Math.Min(_done, total) / total) : 0;
        var name = item.Length > 40 ? "…" + item[^39..] : item;
        var line = string.Create(CultureInfo.InvariantCulture, $"[{new string('#', filled)}{new string('.', Width - filled)}] {_done}/{total} {name}");
        output.Write("\r" + line.PadRight(Width + 60));
        output.Flush();
    }

    /// <summary>Clears the line.</summary>
    public void Finish()
    {
        output.Write("\r" + new string(' ', Width + 60) + "\r");
        output.Flush();
    }
}
