using ProjectMap.Application.Benchmarks;

namespace ProjectMap.Application.Tests.Benchmarks;

public sealed class LatencySummaryTests
{
    [Fact]
    public void Of_OneToHundredMilliseconds_NearestRankPercentiles()
    {
        var summary = LatencySummary.Of(Enumerable.Range(1, 100).Select(i => (double)(101 - i)).ToList());

        Assert.Equal(new LatencySummary(100, 50, 95, 100, 50.5), summary);
    }

    [Fact]
    public void Of_SingleTiming_AllPercentilesAreIt() => Assert.Equal(new LatencySummary(1, 7, 7, 7, 7), LatencySummary.Of([7.0]));

    [Fact]
    public void Of_NoTimings_Zeros() => Assert.Equal(new LatencySummary(0, 0, 0, 0, 0), LatencySummary.Of([]));
}
