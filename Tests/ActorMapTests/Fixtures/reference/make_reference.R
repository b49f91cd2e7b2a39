# Reference values networkx lacks: sna::bonpow, sna::brokerage and igraph's
# centralisation indices. Called by make_reference.py as
#     Rscript --vanilla make_reference.R <tmpdir>
# It reads <tmpdir>/input.json (a list of cases: name, ids, groups, directed,
# beta, row_sums (orientation check), adj = projected adjacency matrix as a
# list of rows, weighted when the projection is
# weighted, else 0/1; adj[i, j] is the weight of i -> j, symmetric when
# undirected) and writes, for case k (1-based),
#     <tmpdir>/nodes_k.csv  id,bonacich,w_I,w_O,b_IO,b_OI,b_O
#     <tmpdir>/graph_k.csv  key,value  (centr_degree, centr_betw, centr_clo and
#                                       their theoretical maxima)
# Numbers are printed with 17 significant digits (exact double round trip).

suppressPackageStartupMessages({
  library(jsonlite)
})
stopifnot(requireNamespace("sna", quietly = TRUE),
          requireNamespace("igraph", quietly = TRUE))

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 1) stop("usage: Rscript make_reference.R <tmpdir>")
dir <- args[1]

fmt <- function(x) {
  ifelse(is.na(x) | is.infinite(x), "NA", sprintf("%.17g", x))
}

cases <- fromJSON(file.path(dir, "input.json"), simplifyVector = TRUE,
                  simplifyDataFrame = FALSE, simplifyMatrix = TRUE)

for (k in seq_along(cases)) {
  cs <- cases[[k]]
  ids <- cs$ids
  n <- length(ids)
  # adj arrives as a list of rows; jsonlite may already have simplified it to
  # a matrix (rows = inner arrays). Either way A[i, j] = weight of i -> j.
  A <- if (is.matrix(cs$adj)) cs$adj else do.call(rbind, lapply(cs$adj, as.numeric))
  storage.mode(A) <- "double"
  stopifnot(nrow(A) == n, ncol(A) == n,
            isTRUE(all.equal(unname(rowSums(A)), as.numeric(cs$row_sums))))
  dimnames(A) <- list(ids, ids)
  B <- (A != 0) * 1            # binary adjacency (brokerage, igraph)
  directed <- isTRUE(cs$directed)

  # --- Bonacich power centrality (sna) ------------------------------------
  bp <- tryCatch(
    sna::bonpow(A, gmode = if (directed) "digraph" else "graph",
                exponent = cs$beta),
    error = function(e) {
      message(sprintf("[%s] bonpow failed: %s", cs$name, conditionMessage(e)))
      rep(NA_real_, n)
    })
  bp <- as.numeric(bp)

  # --- Gould-Fernandez brokerage (sna) ------------------------------------
  br <- suppressWarnings(sna::brokerage(B, cl = cs$groups))$raw.nli
  stopifnot(identical(colnames(br)[1:5], c("w_I", "w_O", "b_IO", "b_OI", "b_O")))

  nodes <- data.frame(id = ids, bonacich = fmt(bp),
                      w_I = fmt(br[, "w_I"]), w_O = fmt(br[, "w_O"]),
                      b_IO = fmt(br[, "b_IO"]), b_OI = fmt(br[, "b_OI"]),
                      b_O = fmt(br[, "b_O"]), stringsAsFactors = FALSE)
  write.table(nodes, file.path(dir, sprintf("nodes_%d.csv", k)), sep = ",",
              quote = FALSE, row.names = FALSE)

  # --- igraph centralisation (unweighted projection) ----------------------
  g <- igraph::graph_from_adjacency_matrix(
    B, mode = if (directed) "directed" else "undirected", weighted = NULL, diag = FALSE)
  cd <- igraph::centr_degree(g, mode = "all", loops = FALSE, normalized = TRUE)
  cb <- igraph::centr_betw(g, directed = directed, normalized = TRUE)
  cc <- suppressWarnings(igraph::centr_clo(g, mode = "all", normalized = TRUE))
  graph <- data.frame(
    key = c("centr_degree", "centr_degree_tmax", "centr_betw", "centr_betw_tmax",
            "centr_clo", "centr_clo_tmax"),
    value = fmt(c(cd$centralization, cd$theoretical_max, cb$centralization,
                  cb$theoretical_max, cc$centralization, cc$theoretical_max)),
    stringsAsFactors = FALSE)
  write.table(graph, file.path(dir, sprintf("graph_%d.csv", k)), sep = ",",
              quote = FALSE, row.names = FALSE)
}
