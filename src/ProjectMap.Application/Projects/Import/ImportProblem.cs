namespace ProjectMap.Application.Projects.Import;

/// <summary>One thing wrong with an input file: which file, which feature (1-based, 0 for the file as a whole) and what.</summary>
/// <param name="File">The file name as given.</param>
/// <param name="Feature">1-based feature number, or 0 when the problem concerns the whole file.</param>
/// <param name="FeatureLabel">The feature's code or name when known, else null.</param>
/// <param name="Problem">What is wrong, in one sentence, with the fix when there is one.</param>
public sealed record ImportProblem(string File, int Feature, string? FeatureLabel, string Problem)
{
    /// <summary>The problem as one line: "file: feature 3 (WJ-001): problem".</summary>
    public override string ToString() => Feature == 0
        ? $"{File}: {Problem}"
        : $"{File}: feature {Feature}{(FeatureLabel is null ? string.Empty : $" ({FeatureLabel})")}: {Problem}";
}
