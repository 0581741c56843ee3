using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Projects;
using ProjectMap.Domain.Time;

namespace ProjectMap.Application.Storage;

/// <summary>
/// The progress ledger in a store: the milestone template, and per project the milestones, their change log,
/// investment returns and annual plans. Append-only apart from the template: nothing recorded is overwritten.
/// Every store enforces the same rules (see <see cref="LedgerBatchValidator"/>) and passes the same contract tests.
/// </summary>
public interface ILedgerRepository
{
    /// <summary>The milestone template; a new store holds <see cref="MilestoneTemplate.Default"/>.</summary>
    Task<MilestoneTemplate> GetTemplateAsync(CancellationToken cancellationToken = default);

    /// <summary>Replaces the template (one transaction); projects whose milestones exist keep theirs.</summary>
    Task SaveTemplateAsync(MilestoneTemplate template, CancellationToken cancellationToken = default);

    /// <summary>One project's ledger (empty when nothing is recorded); throws <see cref="ProjectNotFoundException"/> for an unknown project.</summary>
    Task<ProjectLedger> GetAsync(ProjectCode code, CancellationToken cancellationToken = default);

    /// <summary>Every project's ledger, one per stored project (empty ones included), ordered by code (ordinal).</summary>
    Task<IReadOnlyList<ProjectLedger>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The ledgers of the stored projects among <paramref name="codes"/> (empty ones included, unknown codes left out),
    /// ordered by code (ordinal): reads part of a large ledger at a time.
    /// </summary>
    Task<IReadOnlyList<ProjectLedger>> ListAsync(IReadOnlyCollection<ProjectCode> codes, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every stored project's <see cref="StatusBasis"/> for <paramref name="month"/> as of <paramref name="asOf"/>, one per
    /// project (empty ones included), ordered by code (ordinal): equal to <see cref="StatusBasis.Of"/> on each project's
    /// ledger, computed in the store so a status of all projects reads only the facts that count, in one consistent read.
    /// </summary>
    Task<IReadOnlyList<StatusBasis>> ListStatusBasisAsync(YearMonth month, DateTimeOffset asOf, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends a batch in one transaction: all of it is stored or none. Throws <see cref="ProjectNotFoundException"/>
    /// when an item names an unknown project and <see cref="LedgerConflictException"/> when the batch does not extend
    /// the stored ledger (a milestone created twice, a change whose old value is not the stored value, a second first
    /// return for a month, an entry corrected twice). Keeps each touched project's <c>stage</c> current: the Chinese
    /// name of its latest milestone with an actual date (empty when none).
    /// </summary>
    Task AppendAsync(LedgerBatch batch, CancellationToken cancellationToken = default);
}
