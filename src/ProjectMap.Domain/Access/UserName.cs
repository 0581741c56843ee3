using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace ProjectMap.Domain.Access;

/// <summary>
/// A login name: 1 to 64 characters, letters (Chinese included), digits, '.', '_', '-' or '@', normalised to Unicode
/// NFC. Names are unique in a store regardless of letter case (<see cref="Key"/>).
/// </summary>
public readonly record struct UserName
{
    /// <summary>The longest accepted name, in characters.</summary>
    public const int MaxLength = 64;

    private UserName(string value) => Value = value;

    /// <summary>The name as written (NFC).</summary>
    public string Value { get; }

    /// <summary>The case-folded form that must be unique in a store.</summary>
    public string Key => Value.ToUpperInvariant();

    /// <summary>Parses a name and throws <see cref="FormatException"/> naming the problem when it is not valid.</summary>
    public static UserName Parse(string? text) =>
        TryParse(text, out var name, out var problem) ? name : throw new FormatException(problem);

    /// <summary>Parses a name; on failure returns false and a sentence saying what is wrong.</summary>
    public static bool TryParse(string? text, out UserName name, [NotNullWhen(false)] out string? problem)
    {
        name = default;
        var trimmed = text?.Trim().Normalize(NormalizationForm.FormC);
        if (string.IsNullOrEmpty(trimmed))
        {
            problem = "user name is empty";
            return false;
        }

        if (trimmed.Length > MaxLength)
        {
            problem = $"user name '{trimmed}' is longer than {MaxLength} characters";
            return false;
        }

        foreach (var c in trimmed)
        {
            if (!(char.IsLetterOrDigit(c) || c is '.' or '_' or '-' or '@'))
            {
                problem = $"user name '{trimmed}' may only contain letters, digits, '.', '_', '-' and '@'";
                return false;
            }
        }

        name = new UserName(trimmed);
        problem = null;
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
