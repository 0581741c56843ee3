using ProjectMap.Application.Ledger.Spreadsheets;
using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Projects;
using ProjectMap.Domain.Time;

namespace ProjectMap.Application.Ledger.Import;

/// <summary>Parses one data row of a recognised ledger sheet, reporting every bad cell.</summary>
internal static class RowParser
{
    public static ImportRow? Parse(
        string file, SheetTable table, SheetRow row, LedgerTableKind kind, IReadOnlyDictionary<LedgerColumn, int> columns, int sequence, LedgerImportOptions options, List<LedgerImportProblem> problems)
    {
        var before = problems.Count;
        void Problem(LedgerColumn column, string text) =>
            problems.Add(new LedgerImportProblem(file, table.Name, row.Number, columns.TryGetValue(column, out var i) ? table.ColumnLabel(i) : null, text));
        SheetCell Cell(LedgerColumn column) => columns.TryGetValue(column, out var i) ? row[i] : SheetCell.Empty;
        string Text(LedgerColumn column) => (Cell(column).Text ?? string.Empty).Trim();
        T? Optional<T>(LedgerColumn column, TryParse<T> parse)
            where T : struct
        {
            var cell = Cell(column);
            if (cell.IsEmpty)
            {
                return null;
            }

            if (parse(cell, out var value, out var problem))
            {
                return value;
            }

            Problem(column, problem);
            return null;
        }

        T Required<T>(LedgerColumn column, TryParse<T> parse, string what)
            where T : struct
        {
            if (Cell(column).IsEmpty)
            {
                Problem(column, $"{what} is missing");
                return default;
            }

            return Optional(column, parse) ?? default;
        }

        var code = default(ProjectCode);
        if (Cell(LedgerColumn.Code).IsEmpty)
        {
            Problem(LedgerColumn.Code, "the project code (项目编号) is missing");
        }
        else if (!ProjectCode.TryParse(Text(LedgerColumn.Code), out code, out var codeProblem))
        {
            Problem(LedgerColumn.Code, codeProblem);
        }

        var recordedAt = Optional<DateTimeOffset>(LedgerColumn.RecordedAt, CellParser.TryInstant);
        var by = Text(LedgerColumn.RecordedBy);
        var reason = Text(LedgerColumn.Reason);
        MilestoneUpdate? milestone = null;
        YearMonth month = default;
        int year = 0;
        decimal amount = 0;
        switch (kind)
        {
            case LedgerTableKind.Milestones:
            {
                var step = Text(LedgerColumn.Step);
                if (step.Length == 0)
                {
                    Problem(LedgerColumn.Step, "the milestone (里程碑) is missing");
                }

                var planned = Optional<DateOnly>(LedgerColumn.Planned, CellParser.TryDate);
                var forecast = Optional<DateOnly>(LedgerColumn.Forecast, CellParser.TryDate);
                var actual = Optional<DateOnly>(LedgerColumn.Actual, CellParser.TryDate);
                var weight = Optional<decimal>(LedgerColumn.Weight, CellParser.TryDecimal);
                var applicable = Optional<bool>(LedgerColumn.Applicable, CellParser.TryBool);
                milestone = new MilestoneUpdate
                {
                    Code = code, Step = step, Planned = planned, Forecast = forecast, Actual = actual, Weight = weight, Applicable = applicable,
                    Reason = reason, By = by, RecordedAt = default,
                };
                break;
            }

            case LedgerTableKind.MilestoneChanges:
            {
                var step = Text(LedgerColumn.Step);
                if (step.Length == 0)
                {
                    Problem(LedgerColumn.Step, "the milestone (里程碑) is missing");
                }

                var field = Required<MilestoneField>(LedgerColumn.Field, CellParser.TryField, "the field (字段)");
                var value = Cell(LedgerColumn.NewValue);
                milestone = new MilestoneUpdate { Code = code, Step = step, Reason = reason, By = by, RecordedAt = default };
                switch (field)
                {
                    case MilestoneField.Planned when value.IsEmpty:
                        Problem(LedgerColumn.NewValue, "a planned date cannot be cleared; give the new planned date");
                        break;
                    case MilestoneField.Planned:
                        milestone = milestone with { Planned = Optional<DateOnly>(LedgerColumn.NewValue, CellParser.TryDate) };
                        break;
                    case MilestoneField.Forecast:
                        milestone = value.IsEmpty ? milestone with { ClearForecast = true } : milestone with { Forecast = Optional<DateOnly>(LedgerColumn.NewValue, CellParser.TryDate) };
                        break;
                    case MilestoneField.Actual:
                        milestone = value.IsEmpty ? milestone with { ClearActual = true } : milestone with { Actual = Optional<DateOnly>(LedgerColumn.NewValue, CellParser.TryDate) };
                        break;
                    case MilestoneField.Weight:
                        milestone = milestone with { Weight = Required<decimal>(LedgerColumn.NewValue, CellParser.TryDecimal, "the new weight (新值)") };
                        break;
                    case MilestoneField.Applicable:
                        milestone = milestone with { Applicable = Optional<bool>(LedgerColumn.NewValue, CellParser.TryBool) ?? true };
                        break;
                }

                break;
            }

            case LedgerTableKind.Investment:
                month = Required<YearMonth>(LedgerColumn.Month, CellParser.TryMonth, "the month (月份)");
                amount = Required<decimal>(LedgerColumn.Amount, CellParser.TryAmountWan, "the amount (完成投资（万元）)");
                break;
            case LedgerTableKind.AnnualPlans:
                year = Required<int>(LedgerColumn.Year, CellParser.TryYear, "the year (年度)");
                amount = Required<decimal>(LedgerColumn.PlanAmount, CellParser.TryAmountWan, "the plan (年度计划投资（万元）)");
                break;
        }

        if (problems.Count > before)
        {
            return null;
        }

        var at = recordedAt ?? options.Now;
        var who = by.Length > 0 ? by : options.By;
        return new ImportRow
        {
            Table = table,
            Row = row,
            Kind = kind,
            Columns = columns,
            Sequence = sequence,
            Code = code,
            RecordedAt = at,
            RecordedAtGiven = recordedAt is not null,
            By = who,
            Reason = reason,
            Milestone = milestone is null ? null : milestone with { By = who, RecordedAt = at },
            Month = month,
            Year = year,
            Amount = amount,
        };
    }

    public delegate bool TryParse<T>(SheetCell cell, out T value, out string problem);
}
