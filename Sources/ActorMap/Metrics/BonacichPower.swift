extension Projection {
    /// Bonacich's power centrality of every actor for the attenuation β: with β > 0, power
    /// from ties to well-tied actors; with β < 0, power from ties to actors who depend on you
    /// because they have few other partners.
    ///
    /// c(α, β) = α (I − βA)⁻¹ A·1, which for small |β| is cᵢ = α Σₖ βᵏ (Aᵏ⁺¹·1)ᵢ: each chain
    /// of *k* + 1 ties leaving *i* counts βᵏ, so with β < 0 ties to actors who have many ties
    /// of their own count against *i*. The scale α is chosen so that Σ c² = *n*. A[i][j] is the weight of
    /// the tie *i* → *j* (out-ties for a directed map; symmetric for an undirected one), or 1
    /// without weights.
    ///
    /// This is R's `sna::bonpow(A, exponent = β)` with its defaults (`rescale = FALSE`), so
    /// its figures agree with sna's to rounding. Like `bonpow`, which calls `solve` with
    /// `tol = 1e-7`, the measure is undefined when I − βA is singular or nearly so (reciprocal
    /// condition number below 10⁻⁷): that happens when 1/β is an eigenvalue of A, and never
    /// for |β| < 1/λmax. Maps of up to 1,000 actors are solved by dense LU factorisation with
    /// partial pivoting and the condition number estimated as LAPACK's `dgecon` does; larger
    /// ones by restarted GMRES over the sparse ties, which reports a singular system by
    /// failing to converge, and may also fail when |β| is far above 1/λmax.
    ///
    /// P. Bonacich, "Power and centrality: a family of measures", *American Journal of
    /// Sociology* 92(5), 1170–1182, 1987.
    ///
    /// - Parameter beta: The attenuation β; negative values are allowed.
    /// - Returns: The scores in node order; empty for a map without actors.
    /// - Throws: `UndefinedMeasure` when the map has no ties (every score is 0 and cannot be
    ///   scaled to Σ c² = *n*), when I − βA is singular, or when the sparse solver does not
    ///   converge.
    /// - Complexity: O(*n*³) time and O(*n*²) memory up to 1,000 actors; beyond, O(*n* + *m*)
    ///   per GMRES step, with at most 5,000 steps, and O(*n*) memory.
    public func bonacichPower(beta: Double) throws(UndefinedMeasure) -> [Double] {
        try bonacichPower(beta: beta, solver: nodeCount <= BonacichSolver.denseLimit ? .denseLU : .gmres)
    }

    /// How `bonacichPower` solves (I − βA)·c = A·1; tests force each on the same maps.
    enum BonacichSolver {
        case denseLU
        case gmres

        /// The most actors solved densely: an LU factorisation of 1,000 actors takes some
        /// tenths of a second, beyond which the sparse solver wins by far.
        static let denseLimit = 1000
        /// The GMRES restart length: the Krylov basis kept, in vectors of *n* entries.
        static let restart = 50
        /// The most GMRES steps (products with I − βA) before giving up.
        static let maxSparseSteps = 5000
    }

    func bonacichPower(beta: Double, solver: BonacichSolver) throws(UndefinedMeasure) -> [Double] {
        let n = nodeCount
        guard n > 0 else { return [] }
        guard arcCount > 0 else {
            throw UndefinedMeasure(.bonacich, reason: """
                the map has no ties, so every actor's power is 0 and cannot be scaled to Σc² = n.
                """)
        }
        var outStrength = [Double](repeating: 0, count: n)
        for i in 0..<n {
            for entry in outOffsets[i]..<outOffsets[i + 1] { outStrength[i] += outWeights[entry] }
        }
        let safe = { (1 / spectralRadiusBounds().upperBound).threeSignificantDigits }
        var power: [Double]
        switch solver {
        case .denseLU:
            guard let solution = denseBonacichSolution(beta: beta, rightHandSide: outStrength) else {
                throw UndefinedMeasure(.bonacich, reason: """
                    I − βA is singular or nearly so for β = \(beta.threeSignificantDigits): 1/β = \
                    \((1 / beta).threeSignificantDigits) is (within rounding) an eigenvalue of the \
                    adjacency matrix A. Avoid β = 1/λ for the eigenvalues λ of A; every |β| below \
                    1/λmax = \(safe()) is safe.
                    """)
            }
            power = solution
        case .gmres:
            guard let solution = sparseBonacichSolution(beta: beta, rightHandSide: outStrength) else {
                throw UndefinedMeasure(.bonacich, reason: """
                    the sparse solver for (I − βA)·c = A·1 did not converge in \
                    \(BonacichSolver.maxSparseSteps) steps for β = \(beta.threeSignificantDigits): \
                    either I − βA is singular or nearly so (1/β = \((1 / beta).threeSignificantDigits) \
                    is close to an eigenvalue of A), or |β| is too far above 1/λmax = \(safe()) for \
                    an iterative solution on a map of \(n) actors. Every |β| below 1/λmax is safe.
                    """)
            }
            power = solution
        }
        var squares = 0.0
        for value in power { squares += value * value }
        guard squares > 0 else {
            throw UndefinedMeasure(.bonacich, reason: """
                every actor's power is 0 for β = \(beta.threeSignificantDigits), so the scores \
                cannot be scaled to Σc² = n.
                """)
        }
        let scale = (Double(n) / squares).squareRoot()
        for i in 0..<n { power[i] *= scale }
        return power
    }

    /// Solves (I − βA)·c = b by LU factorisation with partial pivoting, or returns `nil` when
    /// the matrix is singular or its reciprocal condition number is below sna's 10⁻⁷.
    private func denseBonacichSolution(beta: Double, rightHandSide b: [Double]) -> [Double]? {
        let n = nodeCount
        var matrix = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            matrix[i * n + i] = 1
            for entry in outOffsets[i]..<outOffsets[i + 1] {
                matrix[i * n + outTargets[entry]] -= beta * outWeights[entry]
            }
        }
        let norm = (0..<n).map { j in (0..<n).reduce(0) { $0 + matrix[$1 * n + j].magnitude } }.max()!
        guard let lu = LUFactorization(consume matrix, size: n),
              lu.reciprocalCondition(norm: norm) >= 1e-7
        else { return nil }
        return lu.solve(b)
    }

    /// Solves (I − βA)·c = b by restarted GMRES over the sparse ties, or returns `nil` when
    /// the relative residual does not fall below 10⁻¹² within the allowed steps.
    ///
    /// For |β| < 1/λmax the eigenvalues of I − βA lie in a disc around 1 that leaves out 0,
    /// and GMRES converges at least as fast as the series Σ βᵏAᵏ; far beyond, they surround 0
    /// and restarted GMRES may stall.
    ///
    /// Y. Saad and M. H. Schultz, "GMRES: a generalized minimal residual algorithm for solving
    /// nonsymmetric linear systems", *SIAM J. Sci. Stat. Comput.* 7(3), 856–869, 1986.
    private func sparseBonacichSolution(beta: Double, rightHandSide b: [Double]) -> [Double]? {
        let n = nodeCount
        let restart = BonacichSolver.restart, maxSteps = BonacichSolver.maxSparseSteps
        let target = 1e-12 * b.reduce(0) { $0 + $1 * $1 }.squareRoot()
        var solution = [Double](repeating: 0, count: n)
        // The Krylov basis, one vector of n entries after another.
        var basis = [Double](repeating: 0, count: (restart + 1) * n)
        var hessenberg = [Double](repeating: 0, count: (restart + 1) * restart)
        var cosines = [Double](repeating: 0, count: restart)
        var sines = [Double](repeating: 0, count: restart)
        var residualNorms = [Double](repeating: 0, count: restart + 1)
        var product = [Double](repeating: 0, count: n)
        var steps = 0

        // product = (I − βA)·v for the basis vector at `column`, or for `solution` when nil.
        func multiply(basisColumn column: Int?) {
            withOutgoingRows { rows in
                basis.withUnsafeBufferPointer { basis in
                    solution.withUnsafeBufferPointer { solution in
                        let v = column.map { UnsafeBufferPointer(rebasing: basis[$0 * n ..< ($0 + 1) * n]) } ?? solution
                        for i in 0..<n { product[i] = v[i] - beta * rows.sum(i, of: v) }
                    }
                }
            }
        }

        while steps < maxSteps {
            multiply(basisColumn: nil)
            var residual = 0.0
            for i in 0..<n {
                basis[i] = b[i] - product[i]
                residual += basis[i] * basis[i]
            }
            residual = residual.squareRoot()
            guard residual.isFinite else { return nil }
            if residual <= target { return solution }
            for i in 0..<n { basis[i] /= residual }
            residualNorms = [Double](repeating: 0, count: restart + 1)
            residualNorms[0] = residual
            var size = 0
            while size < restart, steps < maxSteps {
                let j = size
                multiply(basisColumn: j)
                steps += 1
                // Modified Gram–Schmidt against the basis so far.
                for k in 0...j {
                    var dot = 0.0
                    for i in 0..<n { dot += product[i] * basis[k * n + i] }
                    hessenberg[k * restart + j] = dot
                    for i in 0..<n { product[i] -= dot * basis[k * n + i] }
                }
                var length = 0.0
                for i in 0..<n { length += product[i] * product[i] }
                length = length.squareRoot()
                hessenberg[(j + 1) * restart + j] = length
                if length > 0 {
                    for i in 0..<n { basis[(j + 1) * n + i] = product[i] / length }
                }
                // Turn the new column of the Hessenberg matrix into the triangular factor.
                for k in 0..<j {
                    let upper = hessenberg[k * restart + j], lower = hessenberg[(k + 1) * restart + j]
                    hessenberg[k * restart + j] = cosines[k] * upper + sines[k] * lower
                    hessenberg[(k + 1) * restart + j] = -sines[k] * upper + cosines[k] * lower
                }
                let diagonal = hessenberg[j * restart + j], below = hessenberg[(j + 1) * restart + j]
                let radius = (diagonal * diagonal + below * below).squareRoot()
                guard radius > 0 else { return nil }
                cosines[j] = diagonal / radius
                sines[j] = below / radius
                hessenberg[j * restart + j] = radius
                hessenberg[(j + 1) * restart + j] = 0
                residualNorms[j + 1] = -sines[j] * residualNorms[j]
                residualNorms[j] *= cosines[j]
                size += 1
                if abs(residualNorms[j + 1]) <= target || length == 0 { break }
            }
            // Back substitution for the combination of basis vectors, then the update.
            var coefficients = [Double](repeating: 0, count: size)
            for k in stride(from: size - 1, through: 0, by: -1) {
                var value = residualNorms[k]
                for l in (k + 1)..<size { value -= hessenberg[k * restart + l] * coefficients[l] }
                coefficients[k] = value / hessenberg[k * restart + k]
            }
            for k in 0..<size {
                for i in 0..<n { solution[i] += coefficients[k] * basis[k * n + i] }
            }
        }
        return nil
    }
}

/// An LU factorisation with partial pivoting, P·M = L·U, of a dense square matrix stored by
/// rows, as LAPACK's `dgetrf` computes it.
private struct LUFactorization {
    let size: Int
    /// L below the diagonal (unit diagonal implied) and U on and above it.
    private var factors: [Double]
    /// Row `pivots[k]` was swapped with row `k` at step `k`.
    private var pivots: [Int]

    /// Factorises `matrix`, or returns `nil` when a pivot is exactly 0 (a singular matrix).
    /// - Complexity: O(*n*³).
    init?(_ matrix: [Double], size n: Int) {
        var factors = matrix
        var pivots = Array(0..<n)
        let singular = factors.withUnsafeMutableBufferPointer { a -> Bool in
            for k in 0..<n {
                var pivot = k
                for i in (k + 1)..<n where abs(a[i * n + k]) > abs(a[pivot * n + k]) { pivot = i }
                guard a[pivot * n + k] != 0 else { return true }
                pivots[k] = pivot
                if pivot != k {
                    for j in 0..<n { a.swapAt(k * n + j, pivot * n + j) }
                }
                let diagonal = a[k * n + k]
                for i in (k + 1)..<n {
                    let multiplier = a[i * n + k] / diagonal
                    a[i * n + k] = multiplier
                    guard multiplier != 0 else { continue }
                    for j in (k + 1)..<n { a[i * n + j] -= multiplier * a[k * n + j] }
                }
            }
            return false
        }
        if singular { return nil }
        (self.size, self.factors, self.pivots) = (n, factors, pivots)
    }

    /// The solution x of M·x = b, or of Mᵀ·x = b when `transposed`.
    func solve(_ b: [Double], transposed: Bool = false) -> [Double] {
        let n = size
        var x = b
        factors.withUnsafeBufferPointer { a in
            if !transposed {
                for k in 0..<n where pivots[k] != k { x.swapAt(k, pivots[k]) }
                for i in 0..<n {
                    for j in 0..<i { x[i] -= a[i * n + j] * x[j] }
                }
                for i in stride(from: n - 1, through: 0, by: -1) {
                    for j in (i + 1)..<n { x[i] -= a[i * n + j] * x[j] }
                    x[i] /= a[i * n + i]
                }
            } else {
                // Mᵀ = Uᵀ·Lᵀ·P: solve with Uᵀ, then Lᵀ, then undo the row swaps in reverse.
                for i in 0..<n {
                    for j in 0..<i { x[i] -= a[j * n + i] * x[j] }
                    x[i] /= a[i * n + i]
                }
                for i in stride(from: n - 1, through: 0, by: -1) {
                    for j in (i + 1)..<n { x[i] -= a[j * n + i] * x[j] }
                }
                for k in stride(from: n - 1, through: 0, by: -1) where pivots[k] != k { x.swapAt(k, pivots[k]) }
            }
        }
        return x
    }

    /// An estimate of 1 / (‖M‖₁ ‖M⁻¹‖₁), given ‖M‖₁, with ‖M⁻¹‖₁ estimated from a few solves
    /// as LAPACK's `dgecon` does: W. W. Hager, "Condition estimates", *SIAM J. Sci. Stat.
    /// Comput.* 5(2), 311–316, 1984, with N. J. Higham's refinements, *ACM TOMS* 14(4),
    /// 381–396, 1988.
    func reciprocalCondition(norm: Double) -> Double {
        let n = size
        func sumOfMagnitudes(_ v: [Double]) -> Double { v.reduce(0) { $0 + $1.magnitude } }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var estimate = 0.0
        var previousSigns: [Double] = []
        for iteration in 0..<5 {
            let y = solve(x)
            estimate = sumOfMagnitudes(y)
            let signs = y.map { $0 >= 0 ? 1.0 : -1.0 }
            if signs == previousSigns { break }
            previousSigns = signs
            let z = solve(signs, transposed: true)
            var largest = 0, projection = 0.0
            for i in 0..<n {
                if z[i].magnitude > z[largest].magnitude { largest = i }
                projection += z[i] * x[i]
            }
            if iteration > 0 && z[largest].magnitude <= projection { break }
            x = [Double](repeating: 0, count: n)
            x[largest] = 1
        }
        // Higham's extra test vector guards against matrices that fool the iteration.
        var alternating = [Double](repeating: 0, count: n)
        for i in 0..<n {
            let sign: Double = i % 2 == 0 ? 1 : -1
            alternating[i] = sign * (1 + Double(i) / Double(max(n - 1, 1)))
        }
        estimate = max(estimate, 2 * sumOfMagnitudes(solve(alternating)) / Double(3 * n))
        guard estimate.isFinite, estimate > 0, norm > 0 else { return 0 }
        return 1 / estimate / norm
    }
}
