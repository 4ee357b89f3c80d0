# Makes the excerpt of the Correlates of War IGO data v3 in this folder from the tables the R
# package igoR ships (data/state_year_format3.rda, data/igo_year_format3.rda), the way
# README.md here describes:
#   Rscript tests/data/cow/make_excerpt.R GIT_DIR_OF_igoR [COMMIT] [OUT_DIR]
# GIT_DIR_OF_igoR is a clone of https://github.com/dieghernan/igoR (its .git directory or the
# work tree); COMMIT defaults to HEAD; OUT_DIR to the folder of this script.
# The tables are written with write.csv(row.names = FALSE, na = ""), as a user of igoR would
# write them, then cut: the state-year table keeps every column and the rows of the states
# below for 1945-2014; the IGO-year table keeps its rows for 1945-2014 (and, for an IGO with
# no row in those years, its last row, so that every IGO column of the state-year table has
# its name and dates), its metadata columns and only those states' columns.
args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 1) stop("usage: make_excerpt.R GIT_DIR_OF_igoR [COMMIT] [OUT_DIR]")
git_dir <- args[1]
commit <- if (length(args) >= 2) args[2] else "HEAD"
file_arg <- grep("^--file=", commandArgs(FALSE), value = TRUE)
here <- if (length(file_arg)) dirname(normalizePath(sub("^--file=", "", file_arg[1]))) else "."
out <- if (length(args) >= 3) args[3] else here

# The states: the five Central Asian states and their neighbours, plus the GDR, Czechoslovakia
# and Yugoslavia (COW numbers).
states <- c(700, 701, 702, 703, 704, 705,   # Afghanistan, Turkmenistan, Tajikistan, Kyrgyzstan, Uzbekistan, Kazakhstan
            365, 369, 370, 372, 373,        # Russia (the Soviet Union to 1991), Ukraine, Belarus, Georgia, Azerbaijan
            710, 712, 750, 770, 630, 640,   # China, Mongolia, India, Pakistan, Iran, Turkey
            265, 315, 345)                  # German Democratic Republic, Czechoslovakia, Yugoslavia (Serbia)
first_year <- 1945
last_year <- 2014

load_rda <- function(path) {
  tmp <- tempfile(fileext = ".rda")
  status <- system2("git", c("-C", git_dir, "show", paste0(commit, ":", path)), stdout = tmp)
  if (status != 0) stop("git show ", commit, ":", path, " failed")
  env <- new.env()
  load(tmp, envir = env)
  unlink(tmp)
  get(ls(env)[1], envir = env)
}
sy <- load_rda("data/state_year_format3.rda")
iy <- load_rda("data/igo_year_format3.rda")

keep <- sy$ccode %in% states & sy$year >= first_year & sy$year <= last_year
sy_cut <- sy[keep, ]
write.csv(sy_cut, file.path(out, "state_year_formatv3.csv"), row.names = FALSE, na = "")

# The IGO-year table: its state columns are named like the state-year table's `state` column.
state_columns <- unique(sy_cut$state)
meta <- c("ioname", "orgname", "year")
after <- names(iy)[(which(names(iy) == "sdate")):ncol(iy)]  # sdate ... economic: the IGO's metadata
rows <- iy$year >= first_year & iy$year <= last_year
absent <- setdiff(unique(iy$ioname), unique(iy$ioname[rows]))
for (io in absent) {
  r <- which(iy$ioname == io)
  rows[r[which.max(iy$year[r])]] <- TRUE
}
iy_cut <- iy[rows, c(meta, state_columns, after)]
write.csv(iy_cut, file.path(out, "igo_year_formatv3.csv"), row.names = FALSE, na = "")
cat("state-year:", nrow(sy_cut), "rows,", ncol(sy_cut), "columns; IGO-year:", nrow(iy_cut), "rows,",
    ncol(iy_cut), "columns,", length(unique(iy_cut$ioname)), "IGOs\n")
