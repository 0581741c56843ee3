using ProjectMap.Domain.Projects;

namespace ProjectMap.Application.Projects.Import;

/// <summary>The projects read from a file, valid and ready to store, with warnings that did not block the import.</summary>
/// <param name="Projects">The projects, in file order.</param>
/// <param name="Warnings">Warnings such as an area mismatch or a repaired polygon, one sentence each.</param>
public sealed record ProjectImportResult(IReadOnlyList<Project> Projects, IReadOnlyList<ImportProblem> Warnings);
