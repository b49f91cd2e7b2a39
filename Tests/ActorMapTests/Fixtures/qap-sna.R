# Reference values of GraphCorrelationTests, from R's sna (Debian's r-cran-sna):
#   Rscript Tests/ActorMapTests/Fixtures/qap-sna.R > Tests/ActorMapTests/Fixtures/qap-sna.txt
# The networks are those of `qapMapText` in GraphCorrelationTests.swift, written out here
# by hand: seven actors a..g, numbered 1..7.
suppressMessages(library(sna))
adjacency <- function(ties, directed) {
  m <- matrix(0, 7, 7)
  for (tie in ties) {
    m[tie[1], tie[2]] <- m[tie[1], tie[2]] + 1
    if (!directed) m[tie[2], tie[1]] <- m[tie[2], tie[1]] + 1
  }
  m
}
a <- 1; b <- 2; c <- 3; d <- 4; e <- 5; f <- 6; g <- 7
# Collaboration (undirected) in 2010 and in 2020.
collab2010 <- adjacency(list(c(a, b), c(a, c), c(b, c), c(c, d), c(d, e), c(e, f), c(f, g), c(a, g)), FALSE)
collab2020 <- adjacency(list(c(a, b), c(b, c), c(c, d), c(d, e), c(a, e), c(b, f), c(f, g), c(c, g), c(a, d)), FALSE)
# In 2020, MoUs (undirected, so both ways in a directed projection) and funding (directed).
mou2020 <- adjacency(list(c(a, b), c(c, d), c(e, f), c(a, c), c(b, g)), TRUE)
mou2020 <- mou2020 + t(mou2020)
funding2020 <- adjacency(list(c(a, b), c(a, c), c(b, c), c(d, a), c(e, f), c(g, f), c(c, a), c(b, d)), TRUE)

# The exact p-values, over all 7! = 5040 relabellings of the second network.
permutations <- function(n) {
  if (n == 1) return(matrix(1, 1, 1))
  smaller <- permutations(n - 1)
  do.call(rbind, lapply(1:n, function(first) cbind(first, ifelse(smaller >= first, smaller + 1, smaller))))
}
all <- permutations(7)
report <- function(label, x, y, mode) {
  observed <- gcor(x, y, mode = mode, diag = FALSE)
  exact <- apply(all, 1, function(p) gcor(x, y[p, p], mode = mode, diag = FALSE))
  set.seed(2026)
  test <- qaptest(list(x, y), gcor, g1 = 1, g2 = 2, reps = 20000, mode = mode, diag = FALSE)
  cat(label, "gcor:", format(observed, digits = 17), "\n")
  # Equal up to rounding counts as equal, as the Swift side does.
  cat(label, "exact p_greater_or_equal:", format(mean(exact >= observed - 1e-12), digits = 17),
      "p_less_or_equal:", format(mean(exact <= observed + 1e-12), digits = 17), "\n")
  cat(label, "qaptest 20000 reps pgreq:", test$pgreq, "pleeq:", test$pleeq, "\n")
}
report("years-undirected", collab2010, collab2020, "graph")
report("years-directed", collab2010, collab2020, "digraph")
report("types-directed", mou2020, funding2020, "digraph")
# Hamming distance, as shift's `hamming` of one type: the pairs tied in one year and not the
# other. "graph" counts each pair once, "digraph" each cell, so each undirected pair twice.
cat("years hdist graph:", hdist(collab2010, collab2020, mode = "graph", diag = FALSE),
    "digraph:", hdist(collab2010, collab2020, mode = "digraph", diag = FALSE), "\n")
