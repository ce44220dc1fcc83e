# lst_downscaler: set-up, build, demo, tests and benchmarks.
# `make demo` and `make test` install what they need (Debian packages, venv) first, on
# Debian 12 (QGIS 3.22) and Debian 13 (QGIS 3.40) alike, from a minimal system up.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c

APT_PACKAGES := qgis python3-qgis qgis-providers gdal-bin python3-gdal python3-rasterio python3-sklearn python3-venv \
                python3-matplotlib python3-distributed xvfb xauth qttools5-dev-tools zip
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
VENV := .venv
PYTHON := $(VENV)/bin/python
SHARED_DATA ?= $(abspath ../shared/data)
BUILD := $(CURDIR)/build
PLUGIN_DIR := $(BUILD)/plugins/lst_downscaler
PACKAGE := $(BUILD)/lst_downscaler.zip
LRELEASE := /usr/lib/qt5/bin/lrelease
DEMO := $(BUILD)/demo
# Debian 12's qgis_process wrapper passes an option the binary rejects: call the binary.
# Debian 13's qgis_process is the binary itself.
QGIS_PROCESS = $(firstword $(wildcard /usr/bin/qgis_process.bin) /usr/bin/qgis_process)
# PyTorch's CPU build, never the multi-GB CUDA build that PyPI serves for Linux: from the
# local wheel store (pip's find-links) when it has one for this Python, or from the index
# given as TORCH_INDEX (e.g. https://download.pytorch.org/whl/cpu); else no PyTorch, and the
# deep algorithms and their tests say so.
TORCH := torch==2.13.0
TORCH_INDEX ?=
# qgis_process and the tests load the built plugin, with a profile of their own.
export QT_QPA_PLATFORM := offscreen
export QGIS_PLUGINPATH := $(BUILD)/plugins
export QGIS_CUSTOM_CONFIG_PATH := $(BUILD)/qgis-profile
export LST_DOWNSCALER_CACHE ?= $(BUILD)/cache
export LST_DOWNSCALER_DATA := $(SHARED_DATA)
SITE_PACKAGES = $$(ls -d $(CURDIR)/$(VENV)/lib/python3*/site-packages)
RUN_QGIS = PYTHONPATH=$(SITE_PACKAGES) $(QGIS_PROCESS)

.PHONY: setup system-packages venv plugin package demo test test-bookworm test-trixie bench bench-gpu weights clean

setup: system-packages venv

system-packages:
	@if ! dpkg -s $(APT_PACKAGES) >/dev/null 2>&1; then \
	  $(SUDO) apt-get update -q; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $(APT_PACKAGES); \
	fi

venv: $(VENV)/.installed

$(VENV)/.installed:
	/usr/bin/python3 -m venv --system-site-packages $(VENV)
	$(PYTHON) -m pip install -q pytest-qgis
	if [ -n "$(TORCH_INDEX)" ]; then \
	  $(PYTHON) -m pip install -q --index-url $(TORCH_INDEX) $(TORCH); \
	elif $(PYTHON) -m pip install -q --dry-run --no-deps --no-index $(TORCH) >/dev/null 2>&1; then \
	  $(PYTHON) -m pip install -q $(TORCH); \
	else \
	  echo "No CPU build of $(TORCH) for $$($(PYTHON) -V) in the local wheel store: the deep" \
	       "algorithms and their tests are skipped (set TORCH_INDEX to install one)."; \
	fi
	touch $@

# The installable plugin folder: code, metadata, resources (icons, styles, models; not the
# scripts that write them) and the translations compiled from i18n/*.ts.
plugin: setup
	rm -rf $(PLUGIN_DIR)
	mkdir -p $(PLUGIN_DIR)/i18n
	tar --exclude=__pycache__ --exclude='*.pyc' -cf - lst_downscaler | tar -xf - -C $(dir $(PLUGIN_DIR))
	cp metadata.txt $(PLUGIN_DIR)/
	tar --exclude=__pycache__ --exclude='*.py' --exclude=screenshots -cf - resources | tar -xf - -C $(PLUGIN_DIR)
	for ts in i18n/*.ts; do \
	  $(LRELEASE) -silent $$ts -qm $(PLUGIN_DIR)/i18n/$$(basename $${ts%.ts}).qm; done
	$(RUN_QGIS) plugins 2>/dev/null | grep -q '^\* lst_downscaler' \
	  || $(RUN_QGIS) plugins enable lst_downscaler >/dev/null 2>&1

# The ZIP for QGIS's "Install from ZIP": one top folder lst_downscaler/, copied from the
# plugin folder without the caches that running it leaves there.
package: plugin
	rm -rf $(BUILD)/package $(PACKAGE)
	mkdir -p $(BUILD)/package
	tar --exclude=__pycache__ --exclude='*.pyc' -C $(dir $(PLUGIN_DIR)) -cf - lst_downscaler \
	  | tar -xf - -C $(BUILD)/package
	cd $(BUILD)/package && zip -q -r -X $(PACKAGE) lst_downscaler
	@echo "Wrote $(PACKAGE)"

# The main job: TsHARP on the Liverpool Landsat 8 crop, ST_B10 (100 m native) to 30 m.
demo: plugin
	if [ -d $(SHARED_DATA)/landsat/original ]; then \
	  $(PYTHON) -m lst_downscaler.core.io.sample_data prefill $(SHARED_DATA)/landsat/original >/dev/null; fi
	rm -rf $(DEMO) && mkdir -p $(DEMO)
	$(PYTHON) -m lst_downscaler.core.io.sample_data extract liverpool $(DEMO)/scene >/dev/null
	$(RUN_QGIS) run lst_downscaler:prepare_landsat_l2 -- SCENE=$$(ls $(DEMO)/scene/*_MTL.txt) \
	  OUTPUT_LST=$(DEMO)/lst_30m.tif OUTPUT_NDVI=$(DEMO)/ndvi_30m.tif >$(DEMO)/prepare.log
	$(RUN_QGIS) run gdal:warpreproject -- INPUT=$(DEMO)/lst_30m.tif TARGET_RESOLUTION=100 \
	  RESAMPLING=5 OUTPUT=$(DEMO)/lst_100m.tif >$(DEMO)/aggregate.log
	$(RUN_QGIS) run lst_downscaler:tsharp -- LST=$(DEMO)/lst_100m.tif NDVI=$(DEMO)/ndvi_30m.tif \
	  UNITS=1 OUTPUT=$(DEMO)/liverpool_tsharp_30m.tif | tee $(DEMO)/tsharp.log
	$(PYTHON) -m lst_downscaler.core.analysis.heatmap $(DEMO)/liverpool_tsharp_30m.tif \
	  $(DEMO)/liverpool_tsharp_30m.png --title "Liverpool, Landsat 8, 2020-09-27: TsHARP 100 m -> 30 m"
	@echo "Wrote $(DEMO)/liverpool_tsharp_30m.tif and $(DEMO)/liverpool_tsharp_30m.png"

test: package
	$(PYTHON) -m pytest -p no:cacheprovider --qgis_disable_gui -q tests

# `make demo` and `make test` in a fresh, minimal Debian 12 or 13 (debootstrap minbase; root).
test-bookworm test-trixie:
	.ci/fresh-debian $(@:test-%=%) demo test

bench: plugin
	$(PYTHON) bench/run.py --data $(SHARED_DATA) $(BENCH_ARGS)

# The deep models on a CUDA GPU (float32 and float16 throughput, a 61 Mpx scene end to end), in one
# call on a machine with an NVIDIA GPU: bench/results/gpu.md.
bench-gpu:
	LST_DOWNSCALER_DATA=$(SHARED_DATA) bash bench/gpu.sh

# Reproduce the bundled network weights from the MODIS and ECOSTRESS data; each command is the one
# recorded in its model card. SIF-CNN-SR2 was trained on a GPU (285 s on an H200): on 2 CPU cores
# it takes about 2 hours (WEIGHTS_DEVICE=cuda where there is one); the others about 80 min together.
WEIGHTS_DEVICE ?= cpu
weights: setup
	$(PYTHON) -m lst_downscaler.training --model sc_unet --epochs 40 --steps-per-epoch 12 --batch-size 32 --threads 1
	$(PYTHON) -m lst_downscaler.training --model sif_cnn_sr2 --device $(WEIGHTS_DEVICE) --epochs 100 \
	  --steps-per-epoch 8 --batch-size 32 --crop 256
	$(PYTHON) -m lst_downscaler.training --model srda_net --epochs 10 --steps-per-epoch 60 --batch-size 16 \
	  --learning-rate 2e-3 --seed 0 --threads 1 --modis-aster $(SHARED_DATA)/modis_aster
	$(PYTHON) -m lst_downscaler.training --model dlstfm --epochs 24 --steps-per-epoch 50 --batch-size 8 --crop 96 \
	  --learning-rate 2e-3 --threads 1
	$(PYTHON) -m lst_downscaler.training --model progressive_landsat --epochs 30 --steps-per-epoch 50 --batch-size 8 \
	  --learning-rate 2e-3 --seed 0 --threads 1 --checkpoints build/checkpoints/progressive_landsat

clean:
	rm -rf $(BUILD)
