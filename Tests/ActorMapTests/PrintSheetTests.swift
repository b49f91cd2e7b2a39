import ActorMap
import Testing

/// Column counts worked out by hand: a sheet of `c` columns and `r = ⌈n / c⌉` rows of cells
/// `w × h` under a heading `W × H` is drawn max(c·w, W) wide and H + r·h tall, and scaled by
/// min(400 / width, 277 / height) onto A3 landscape.
@Suite struct PrintSheetTests {
    let sheet = PrintSheet.a3Landscape

    @Test func manyYearsSpreadIntoSeveralColumns() {
        // 28 cells of 100 × 80, no heading:
        //   3 columns, 10 rows: 300 × 800 → min(1.3333, 0.34625) = 0.34625
        //   5 columns,  6 rows: 500 × 480 → min(0.8, 0.5771)     = 0.5771
        //   6 columns,  5 rows: 600 × 400 → min(0.6667, 0.6925)  = 0.6667  (best)
        //   7 columns,  4 rows: 700 × 320 → min(0.5714, 0.8656)  = 0.5714
        //   8 columns,  4 rows: 800 × 320 → min(0.5, 0.8656)     = 0.5
        let cell = (width: 100.0, height: 80.0)
        #expect(sheet.bestColumns(cells: 28, cell: cell) == 6)
        #expect(abs(sheet.scale(cells: 28, columns: 6, cell: cell) - 400.0 / 600) < 1e-12)
        #expect(abs(sheet.scale(cells: 28, columns: 3, cell: cell) - 277.0 / 800) < 1e-12)
    }

    @Test func aHeadingTakesItsShare() {
        // The same cells under a heading of 700 × 100:
        //   6 columns: 700 × 500 → min(0.5714, 0.554)  = 0.554
        //   7 columns: 700 × 420 → min(0.5714, 0.6595) = 0.5714  (best)
        //   8 columns: 800 × 420 → min(0.5, 0.6595)    = 0.5
        #expect(sheet.bestColumns(cells: 28, cell: (100, 80), heading: (700, 100)) == 7)
    }

    @Test func wideCellsWantFewerColumns() {
        // 28 cells of 300 × 80:
        //   2 columns, 14 rows:  600 × 1120 → min(0.6667, 0.2473) = 0.2473
        //   3 columns, 10 rows:  900 × 800  → min(0.4444, 0.34625) = 0.34625  (best)
        //   4 columns,  7 rows: 1200 × 560  → min(0.3333, 0.4946) = 0.3333
        #expect(sheet.bestColumns(cells: 28, cell: (300, 80)) == 3)
    }

    @Test func fewCellsStayInOneRowAndNoneIsOne() {
        // 2 cells of 100 × 80: one row of 200 × 80 → min(2, 3.4625) = 2; a column of
        // 100 × 160 → min(4, 1.73) = 1.73.
        #expect(sheet.bestColumns(cells: 2, cell: (100, 80)) == 2)
        #expect(sheet.bestColumns(cells: 0, cell: (100, 80)) == 1)
        #expect(sheet.bestColumns(cells: -3, cell: (100, 80)) == 1)
    }
}
