using ProjectMap.Rendering.Synthetic.Timeline;

namespace ProjectMap.Rendering.Synthetic.Scene;

/// <summary>
/// How far each visible kind of work on a site has got at a date, each from 0 (not begun) to 1 (done), interpolated
/// between the milestones reached by that date and the dates still expected. The rules, with S = 开工, T = 主体结构封顶,
/// F = 内部装修, A = 竣工验收 (actual when reached, planned while ahead, the next day when overdue; see SiteTimeline.ScheduleAsOf):
/// clearance from S − 180 d over 90 days; hoarding and site camp from S − 40 d; excavation S … S + 45 d; foundations
/// S + 25 … S + 90 d; structure S + 70 d … T (held at 97 % until T is reached); roofs T − 45 … T; cladding T − 20 d … F;
/// scaffolding and cranes down at F and T + 25 d; paving T + 10 … T + 110 d; landscaping F … A; roof equipment F … F + 60 d;
/// PV modules S … (设备安装调试 or 投产) − 10 d. Small works with no 主体结构封顶 (carports, plant rooms) take T as 20 days
/// before 设备安装调试: a carport's posts and frames rise S + 5 d … T and its modules go on T … 设备安装调试; a plant room
/// rises S + 20 d … T and its equipment goes in S + 30 d … 设备安装调试.
/// </summary>
/// <param name="Kind">What the project does to its parcel.</param>
/// <param name="Started">True when 开工 is reached.</param>
/// <param name="Clearance">Site clearance before the start.</param>
/// <param name="SiteSetUp">True when hoarding and the site camp stand.</param>
/// <param name="Excavation">Excavation of foundation pits.</param>
/// <param name="Foundations">Foundation slabs in the pits.</param>
/// <param name="Structure">Height of the structure as a share of full height.</param>
/// <param name="Roof">Roofs closed.</param>
/// <param name="Cladding">Walls clad, scaffolding stripped.</param>
/// <param name="CranesUp">True while tower cranes stand.</param>
/// <param name="Paving">Internal roads and yards paved.</param>
/// <param name="Landscaping">Green areas planted.</param>
/// <param name="Equipment">Rooftop and yard equipment installed.</param>
/// <param name="Photovoltaic">PV modules installed.</param>
public sealed record ConstructionProgress(
    SiteKind Kind, bool Started, double Clearance, bool SiteSetUp, double Excavation, double Foundations, double Structure, double Roof,
    double Cladding, bool CranesUp, double Paving, double Landscaping, double Equipment, double Photovoltaic)
{
    /// <summary>Computes the progress of a site of <paramref name="kind"/> at <paramref name="date"/> from its timeline.</summary>
    public static ConstructionProgress At(SiteKind kind, SiteTimeline timeline, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var start = timeline.ScheduleAsOf(SiteMilestone.Start, date);
        var started = timeline.IsReached(SiteMilestone.Start, date);
        if (start is null)
        {
            // Start overdue or never planned: the site waits, cleared, for its start.
            return new ConstructionProgress(kind, false, started ? 1 : 0.6, false, 0, 0, 0, 0, 0, false, 0, 0, 0, 0);
        }

        var s = start.Value;
        double Days(DateOnly a, DateOnly b) => b.DayNumber - a.DayNumber;
        double Ramp(DateOnly from, double days) => days <= 0 ? (date >= from ? 1 : 0) : Math.Clamp(Days(from, date) / days, 0, 1);

        var commissioning = timeline.ScheduleAsOf(SiteMilestone.Commissioning, date)
                            ?? timeline.ScheduleAsOf(SiteMilestone.Production, date)
                            ?? timeline.ScheduleAsOf(SiteMilestone.Acceptance, date)
                            ?? s.AddDays(150);

        // Small works without a topping-out milestone (plant rooms, carports) close their structure 20 days before commissioning.
        var topped = timeline.IsReached(SiteMilestone.ToppingOut, date) || (kind != SiteKind.NewBuild && date >= commissioning.AddDays(-20) && timeline.IsReached(SiteMilestone.Start, date));
        var t = timeline.ScheduleAsOf(SiteMilestone.ToppingOut, date) ?? (kind == SiteKind.NewBuild ? s.AddDays(180) : commissioning.AddDays(-20));
        var fitOutReached = timeline.IsReached(SiteMilestone.FitOut, date);
        var f = timeline.ScheduleAsOf(SiteMilestone.FitOut, date) ?? t.AddDays(60);
        var a = timeline.ScheduleAsOf(SiteMilestone.Acceptance, date) ?? f.AddDays(200);

        var clearance = Ramp(s.AddDays(-180), 90);
        var setUp = date >= s.AddDays(-40);
        if (!started)
        {
            return new ConstructionProgress(kind, false, clearance, setUp, 0, 0, 0, 0, 0, false, 0, 0, 0, 0);
        }

        var structureDays = Math.Max(30, Days(s, t) - 70);
        var structure = topped ? 1 : Math.Min(0.97, Ramp(s.AddDays(70), structureDays));
        var roof = topped ? 1 : Math.Min(0.9, Ramp(t.AddDays(-45), 45));
        var cladding = fitOutReached ? 1 : Math.Min(0.9, Ramp(t.AddDays(-20), Math.Max(20, Days(t, f) + 20)));
        var cranes = date >= s.AddDays(45) && date < t.AddDays(25) && !(topped && Days(t, date) >= 25);
        var paving = topped ? Ramp(t.AddDays(10), 100) : 0;
        var landscaping = fitOutReached ? Ramp(f, Math.Max(30, Days(f, a))) : 0;
        var equipment = fitOutReached ? Ramp(f, 60) : 0;
        var pv = Ramp(s, Math.Max(20, Days(s, commissioning) - 10));
        if (kind == SiteKind.PvCarport)
        {
            // Posts and canopy frames, then modules until commissioning.
            structure = topped ? 1 : Ramp(s.AddDays(5), Math.Max(10, Days(s, t) - 5));
            pv = structure >= 1 ? Ramp(t, Math.Max(10, Days(t, commissioning))) : 0;
            cranes = false;
        }

        if (kind == SiteKind.Retrofit)
        {
            // A plant room: quick structure, then equipment until commissioning.
            structure = topped ? 1 : Ramp(s.AddDays(20), Math.Max(30, Days(s, t) - 20));
            roof = structure >= 1 ? 1 : 0;
            cladding = structure >= 1 ? 1 : 0;
            equipment = Ramp(s.AddDays(30), Math.Max(30, Days(s, commissioning) - 30));
            cranes = false;
        }

        return new ConstructionProgress(kind, true, 1, true, Ramp(s, 45), Ramp(s.AddDays(25), 65), structure, roof, cladding, cranes, paving, landscaping, equipment, pv);
    }
}
