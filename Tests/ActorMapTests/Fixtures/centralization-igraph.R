# The literal values of CentralizationShapeTests, from R igraph 1.3.5 (Debian's
# r-cran-igraph): Rscript Tests/ActorMapTests/Fixtures/centralization-igraph.R
suppressMessages(library(igraph))
show <- function(label, r) {
  cat(label, "scores:", format(r$res, digits = 17), "\n")
  cat(label, "theoretical_max:", format(r$theoretical_max, digits = 17),
      "centralization:", format(r$centralization, digits = 17), "\n")
}
kite <- make_graph("Krackhardt_Kite")
show("kite degree", centr_degree(kite, mode = "all", loops = FALSE))
show("kite betweenness", centr_betw(kite, directed = FALSE))
show("kite closeness", centr_clo(kite, mode = "all"))
# A directed triangle 1 → 2 → 3 → 1 with a tail 3 → 4.
loop <- make_graph(c(1, 2, 2, 3, 3, 1, 3, 4), directed = TRUE)
show("loop degree", centr_degree(loop, mode = "all", loops = FALSE))
show("loop betweenness", centr_betw(loop, directed = TRUE))
