using CsCheck;
using ProjectMap.Application.Storage;
using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Projects;
using ProjectMap.Domain.Time;
using static ProjectMap.Storage.Contract.Tests.Ledger.LedgerContractData;

namespace ProjectMap.Storage.Contract.Tests.Ledger;

/// <summary>
/// What every store's <see cref="ILedgerRepository"/> must do. Derive once per store and implement
/// <see cref="CreateStoreAsync"/> to return a new, empty store.
/// </summary>
public abstract class LedgerRepositoryContract
{
    /// <summary>A new, empty, migrated store; disposed by the test.</summary>
    protected abstract Task<IProjectMapStore> CreateStoreAsync();

    private async Task<IProjectMapStore> StoreWithProjectsAsync()
    {
        var store = await CreateStoreAsync();
        await store.Projects.AddAsync([Project(A), Project(B)]);
        return store;
    }

    private static async Task<LedgerBatch> PlanAsync(IProjectMapStore store, MilestoneUpdate update)
    {
        var ledger = await store.Ledger.GetAsync(update.Code);
        var plan = MilestonePlanner.Plan(ledger, await store.Ledger.GetTemplateAsync(), update);
        return new LedgerBatch(plan.NewMilestones, plan.Changes, [], []);
    }

    [Fact]
    public async Task GetTemplateAsync_NewStore_ReturnsDefaultChain()
    {
        await using var store = await CreateStoreAsync();
        var template = await store.Ledger.GetTemplateAsync();
        Assert.Equal(MilestoneTemplate.Default, template);
        Assert.Equal(["签约", "供地", "开工", "主体结构封顶", "内部装修", "设备安装调试", "竣工验收", "投产"], template.Steps.Select(s => s.NameZh));
        Assert.Equal(100m, template.TotalWeight);
    }

    [Fact]
    public async Task SaveTemplateAsync_EditedTemplate_RoundTrips()
    {
        await using var store = await CreateStoreAsync();
        var edited = MilestoneTemplate.Default.Without("land").With(new MilestoneStep("grid", "并网", "Grid connection", 7.5m), 3);
        await store.Ledger.SaveTemplateAsync(edited);
        Assert.Equal(edited, await store.Ledger.GetTemplateAsync());
    }

    [Fact]
    public async Task GetAsync_UnknownProject_ThrowsProjectNotFound()
    {
        await using var store = await CreateStoreAsync();
        await Assert.ThrowsAsync<ProjectNotFoundException>(() => store.Ledger.GetAsync(A));
    }

    [Fact]
    public async Task ListAsync_NothingRecorded_ReturnsOneEmptyLedgerPerProjectByCode()
    {
        await using var store = await StoreWithProjectsAsync();
        var ledgers = await store.Ledger.ListAsync();
        Assert.Equal([A, B], ledgers.Select(l => l.Code));
        Assert.All(ledgers, l => Assert.Empty(l.Baselines));
    }

    [Fact]
    public async Task ListAsync_SomeCodes_ThoseStoredProjectsLedgersByCodeUnknownLeftOut()
    {
        await using var store = await StoreWithProjectsAsync();
        await store.Ledger.AppendAsync(await PlanAsync(store, Update(B, "开工") with { Planned = new DateOnly(2023, 5, 1) }));
        await store.Ledger.AppendAsync(new LedgerBatch([], [], [Return(A, new YearMonth(2023, 3), 12.5m)], []));

        var both = await store.Ledger.ListAsync([B, ProjectCode.Parse("C-404"), A]);
        var onlyB = await store.Ledger.ListAsync([B]);

        Assert.Equal([A, B], both.Select(l => l.Code));
        Assert.Equal(12.5m, Assert.Single(both[0].Investment).AmountWan);
        Assert.Equal(8, both[1].Baselines.Count);
        Assert.Equal((await store.Ledger.GetAsync(B)).MilestoneChanges, Assert.Single(onlyB).MilestoneChanges);
        Assert.Empty(await store.Ledger.ListAsync([]));
    }

    [Fact]
    public async Task AppendAsync_FirstMilestoneUpdate_CreatesChainAndKeepsChangeLog()
    {
        await using var store = await StoreWithProjectsAsync();
        await store.Ledger.AppendAsync(await PlanAsync(store, Update(A, "主体结构封顶") with { Planned = new DateOnly(2023, 8, 31) }));
        var moved = Update(A, "topping-out", Recorded.AddMonths(5)) with { Planned = new DateOnly(2023, 10, 31), Reason = "钢结构供货延迟", By = "王科长" };
        await store.Ledger.AppendAsync(await PlanAsync(store, moved));

        var ledger = await store.Ledger.GetAsync(A);
        Assert.Equal(MilestoneTemplate.Default.Steps.Select(s => s.Key), ledger.Baselines.Select(m => m.Step.Key));
        Assert.Equal(2, ledger.MilestoneChanges.Count);
        var change = ledger.MilestoneChanges[1];
        Assert.Equal((MilestoneField.Planned, "2023-08-31", "2023-10-31", "钢结构供货延迟", "王科长"), (change.Field, change.OldValue, change.NewValue, change.Reason, change.ChangedBy));
        Assert.Equal(Recorded.AddMonths(5), change.RecordedAt);
        Assert.Equal(new DateOnly(2023, 10, 31), ledger.CurrentMilestones().Single(m => m.Step.Key == "topping-out").Planned);
        Assert.Equal(new DateOnly(2023, 8, 31), ledger.MilestonesAsOf(Recorded.AddMonths(4)).Single(m => m.Step.Key == "topping-out").Planned);
    }

    [Fact]
    public async Task AppendAsync_ActualDate_KeepsProjectStageCurrent()
    {
        await using var store = await StoreWithProjectsAsync();
        await store.Ledger.AppendAsync(await PlanAsync(store, Update(A, "开工", new DateTimeOffset(2023, 3, 20, 9, 0, 0, TimeSpan.FromHours(8))) with { Actual = new DateOnly(2023, 3, 15) }));
        Assert.Equal("开工", (await store.Projects.FindAsync(A))!.Stage);

        await store.Ledger.AppendAsync(await PlanAsync(store, Update(A, "start", new DateTimeOffset(2023, 3, 21, 9, 0, 0, TimeSpan.FromHours(8))) with { ClearActual = true, Reason = "录入错误" }));
        Assert.Equal(string.Empty, (await store.Projects.FindAsync(A))!.Stage);
        Assert.Equal("签约", (await store.Projects.FindAsync(B))!.Stage);
    }

    [Fact]
    public async Task AppendAsync_StaleOldValue_ThrowsConflictAndStoresNothing()
    {
        await using var store = await StoreWithProjectsAsync();
        var first = await PlanAsync(store, Update(A, "开工") with { Planned = new DateOnly(2023, 3, 1) });
        var stale = await PlanAsync(store, Update(A, "开工") with { Planned = new DateOnly(2023, 4, 1) });
        await store.Ledger.AppendAsync(first);

        await Assert.ThrowsAsync<LedgerConflictException>(() => store.Ledger.AppendAsync(stale));
        var ledger = await store.Ledger.GetAsync(A);
        Assert.Single(ledger.MilestoneChanges);
        Assert.Equal(new DateOnly(2023, 3, 1), ledger.CurrentMilestones().Single(m => m.Step.Key == "start").Planned);
    }

    [Fact]
    public async Task AppendAsync_UnknownProject_ThrowsAndStoresNothing()
    {
        await using var store = await StoreWithProjectsAsync();
        var batch = new LedgerBatch([], [], [Return(A, new YearMonth(2023, 1), 100m), Return(Domain.Projects.ProjectCode.Parse("NOPE-1"), new YearMonth(2023, 1), 5m)], []);
        await Assert.ThrowsAsync<ProjectNotFoundException>(() => store.Ledger.AppendAsync(batch));
        Assert.Empty((await store.Ledger.GetAsync(A)).Investment);
    }

    [Fact]
    public async Task AppendAsync_Correction_KeepsOriginalAndBothAsOfViews()
    {
        await using var store = await StoreWithProjectsAsync();
        var nov = new YearMonth(2023, 11);
        var original = Return(A, nov, 2000m);
        var correction = Return(A, nov, 1800m, original.Id, new DateTimeOffset(2024, 1, 10, 10, 0, 0, TimeSpan.FromHours(8)));
        await store.Ledger.AppendAsync(new LedgerBatch([], [], [original], []));
        await store.Ledger.AppendAsync(new LedgerBatch([], [], [correction], []));

        var ledger = await store.Ledger.GetAsync(A);
        Assert.Equal([original, correction], ledger.Investment);
        Assert.Equal(2000m, ledger.InvestmentAsOf(DistrictTime.EndOf(nov)).Single().AmountWan);
        Assert.Equal(1800m, ledger.InvestmentAsOf(DistrictTime.EndOf(new YearMonth(2024, 1))).Single().AmountWan);
    }

    [Fact]
    public async Task AppendAsync_SecondFirstReturnForMonth_ThrowsConflict()
    {
        await using var store = await StoreWithProjectsAsync();
        await store.Ledger.AppendAsync(new LedgerBatch([], [], [Return(A, new YearMonth(2023, 5), 10m)], []));
        await Assert.ThrowsAsync<LedgerConflictException>(() => store.Ledger.AppendAsync(new LedgerBatch([], [], [Return(A, new YearMonth(2023, 5), 12m)], [])));
        Assert.Single((await store.Ledger.GetAsync(A)).Investment);
    }

    [Fact]
    public async Task AppendAsync_CorrectingAnAlreadyCorrectedEntry_ThrowsConflict()
    {
        await using var store = await StoreWithProjectsAsync();
        var month = new YearMonth(2023, 6);
        var original = Return(A, month, 10m);
        var first = Return(A, month, 11m, original.Id, DistrictTime.EndOf(month).AddDays(3));
        await store.Ledger.AppendAsync(new LedgerBatch([], [], [original, first], []));
        var second = Return(A, month, 12m, original.Id, DistrictTime.EndOf(month).AddDays(4));
        await Assert.ThrowsAsync<LedgerConflictException>(() => store.Ledger.AppendAsync(new LedgerBatch([], [], [second], [])));
        Assert.Equal(2, (await store.Ledger.GetAsync(A)).Investment.Count);
    }

    [Fact]
    public async Task AppendAsync_BatchWithOneBadItem_StoresNothingOfIt()
    {
        await using var store = await StoreWithProjectsAsync();
        var milestones = await PlanAsync(store, Update(B, "签约") with { Actual = new DateOnly(2023, 2, 1) });
        var good = Return(B, new YearMonth(2023, 2), 50m);
        var bad = Return(B, new YearMonth(2023, 3), 60m, Guid.NewGuid());
        var plan = new AnnualPlan { Id = Guid.NewGuid(), Code = B, Year = 2023, PlanWan = 500m, RecordedBy = "测试员", RecordedAt = Recorded, EffectiveAt = EffectiveTime.Baseline };
        await Assert.ThrowsAsync<LedgerConflictException>(() => store.Ledger.AppendAsync(milestones.Concat(new LedgerBatch([], [], [good, bad], [plan]))));

        var ledger = await store.Ledger.GetAsync(B);
        Assert.Empty(ledger.Baselines);
        Assert.Empty(ledger.MilestoneChanges);
        Assert.Empty(ledger.Investment);
        Assert.Empty(ledger.AnnualPlans);
        Assert.Equal("签约", (await store.Projects.FindAsync(B))!.Stage);
    }

    [Fact]
    public async Task AppendAsync_AnnualPlanRevision_ChainsAndAsOfShowsEachVersion()
    {
        await using var store = await StoreWithProjectsAsync();
        var ledger = await store.Ledger.GetAsync(A);
        var first = InvestmentPlanner.Plan(ledger, 2023, 8000m, string.Empty, "测试员", Recorded)!;
        var revisedAt = new DateTimeOffset(2023, 7, 1, 9, 0, 0, TimeSpan.FromHours(8));
        var revised = InvestmentPlanner.Plan(ledger.Append(plans: [first]), 2023, 6000m, "年中调整", "测试员", revisedAt)!;
        await store.Ledger.AppendAsync(new LedgerBatch([], [], [], [first, revised]));

        var stored = await store.Ledger.GetAsync(A);
        Assert.Equal([first, revised], stored.AnnualPlans);
        Assert.Equal(8000m, stored.AnnualPlansAsOf(revisedAt.AddTicks(-1)).Single().PlanWan);
        Assert.Equal(6000m, stored.AnnualPlansAsOf(revisedAt).Single().PlanWan);
    }

    [Fact]
    public async Task AppendAsync_AnyAmountsAndInstants_ReadBackExactly()
    {
        await using var store = await StoreWithProjectsAsync();
        // One random draw of 60 returns (amounts with 4 decimals up to 10^8 万元, instants to the tick), one per month.
        var draws = Gen.Select(Gen.Long[0, 1_000_000_000_000L], Gen.Long[0, 365L * 24 * 3600 * 10_000_000 * 3]).Array[60].Single();
        var entries = draws.Select((d, i) => Return(A, new YearMonth(2000, 1).AddMonths(i), d.Item1 / 10_000m, at: new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(d.Item2))).ToList();
        await store.Ledger.AppendAsync(new LedgerBatch([], [], entries, []));
        Assert.Equal(entries, (await store.Ledger.GetAsync(A)).Investment);
    }

    [Fact]
    public async Task ListStatusBasisAsync_NothingRecorded_OneEmptyBasisPerProjectByCode()
    {
        await using var store = await StoreWithProjectsAsync();
        var month = new YearMonth(2023, 12);
        var at = DistrictTime.EndOf(month);
        var bases = await store.Ledger.ListStatusBasisAsync(month, at);
        Assert.Equal([StatusBasis.Empty(A, month, at), StatusBasis.Empty(B, month, at)], bases);
    }

    [Fact]
    public async Task ListStatusBasisAsync_MoveAndCorrection_CountsWhatWasEffectiveAtTheInstant()
    {
        await using var store = await StoreWithProjectsAsync();
        var template = await store.Ledger.GetTemplateAsync();
        var ledger = ProjectLedger.Empty(A);
        LedgerBatch Apply(MilestoneUpdate update)
        {
            var plan = MilestonePlanner.Plan(ledger, template, update);
            ledger = ledger.Append(plan.NewMilestones, plan.Changes);
            return new LedgerBatch(plan.NewMilestones, plan.Changes, [], []);
        }

        var planned = Apply(Update(A, "start") with { Planned = new DateOnly(2023, 6, 1) });
        var movedAt = new DateTimeOffset(2023, 7, 10, 9, 0, 0, TimeSpan.FromHours(8));
        var moved = Apply(Update(A, "start", movedAt) with { Planned = new DateOnly(2023, 9, 1), Reason = "规划调整" });
        var nov = new YearMonth(2023, 11);
        var original = Return(A, nov, 2000.5m);
        var oct = Return(A, new YearMonth(2023, 10), 100m);
        var correction = Return(A, nov, 1800.25m, original.Id, new DateTimeOffset(2024, 1, 10, 10, 0, 0, TimeSpan.FromHours(8)));
        await store.Ledger.AppendAsync(planned.Concat(moved).Concat(new LedgerBatch([], [], [oct, original, correction], [])));

        var beforeMove = (await store.Ledger.ListStatusBasisAsync(new YearMonth(2023, 6), movedAt.AddTicks(-1)))[0];
        Assert.Equal(new DateOnly(2023, 6, 1), beforeMove.Milestones.Single(m => m.Step.Key == "start").Planned);
        Assert.Empty(beforeMove.PlannedDateMoves);
        var november = (await store.Ledger.ListStatusBasisAsync(nov, DistrictTime.EndOf(nov)))[0];
        Assert.Equal(new DateOnly(2023, 9, 1), november.Milestones.Single(m => m.Step.Key == "start").Planned);
        Assert.Equal([new PlannedDateMove("start", "2023-06-01", "规划调整")], november.PlannedDateMoves);
        Assert.Equal((2000.5m, 2100.5m, 2100.5m), (november.MonthReturnWan!.Value, november.CumulativeWan, november.YearToDateWan));
        var afterCorrection = (await store.Ledger.ListStatusBasisAsync(nov, DistrictTime.EndOf(new YearMonth(2024, 1))))[0];
        Assert.Equal((1800.25m, 1900.25m), (afterCorrection.MonthReturnWan!.Value, afterCorrection.CumulativeWan));
        Assert.Equal(RandomLedgerHistory.Describe(StatusBasis.Of(ledger.Append(investment: [oct, original, correction]), nov, DistrictTime.EndOf(nov))), RandomLedgerHistory.Describe(november));
    }

    [Fact]
    public async Task ListStatusBasisAsync_RandomHistories_EqualsTheDomainsBasisAtEveryInstant()
    {
        // Property: for random valid histories, the basis the store computes in SQL equals StatusBasis.Of on the
        // domain's ledger, at every effective instant recorded, one tick before each, and month ends, for months
        // before, within and after the history. A failure prints CsCheck's seed to replay it.
        var codes = new[] { A, B, Domain.Projects.ProjectCode.Parse("C-003") };
        await Gen.Int.SampleAsync(
            async seed =>
            {
                await using var store = await CreateStoreAsync();
                await store.Projects.AddAsync([.. codes.Select(c => Project(c))]);
                var history = RandomLedgerHistory.Make(seed, codes, await store.Ledger.GetTemplateAsync(), 90);
                // The history holds what the basis must get right: moves of planned dates and corrected returns.
                Assert.Contains(history.Ledgers.Values, l => l.MilestoneChanges.Any(c => c.Field == MilestoneField.Planned && c.OldValue is not null));
                Assert.Contains(history.Ledgers.Values, l => l.Investment.Any(e => e.CorrectsId is not null));
                foreach (var batch in history.Batches)
                {
                    await store.Ledger.AppendAsync(batch);
                }

                var readBack = (await store.Ledger.ListAsync()).ToDictionary(l => l.Code);
                var picks = new Random(seed);
                var instants = history.Instants.Where(_ => picks.Next(4) == 0).Take(12)
                    .Concat([EffectiveTime.Baseline, DistrictTime.EndOf(new YearMonth(2023, 6)), DateTimeOffset.MaxValue]);
                foreach (var at in instants)
                {
                    var inDistrict = at == DateTimeOffset.MaxValue || at == EffectiveTime.Baseline ? new YearMonth(2023, 12) : YearMonth.Of(DistrictTime.DateOf(at));
                    foreach (var month in new[] { inDistrict, inDistrict.AddMonths(-picks.Next(1, 14)), inDistrict.AddMonths(1) })
                    {
                        var stored = await store.Ledger.ListStatusBasisAsync(month, at);
                        Assert.Equal(codes, stored.Select(b => b.Code));
                        foreach (var (code, basis) in codes.Zip(stored))
                        {
                            Assert.Equal(RandomLedgerHistory.Describe(StatusBasis.Of(history.Ledgers[code], month, at)), RandomLedgerHistory.Describe(basis));
                            Assert.Equal(StatusBasis.Of(readBack[code], month, at).Milestones, basis.Milestones);
                        }
                    }
                }
            },
            iter: 6,
            threads: 1);
    }
}
