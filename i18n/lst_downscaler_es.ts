<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
  <context>
    <name>lst_downscaler</name>
    <message>
      <location filename="../lst_downscaler/algorithms/analysis/heat_hot_spots.py" />
      <source>Heat hot spots</source>
      <translation>Puntos calientes de calor</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/analysis/heat_hot_spots.py" />
      <source>&lt;p&gt;Marks the hot spots of a land surface temperature layer, such as a downscaled LST: the pixels strictly above a percentile of the layer's valid pixels (default 90: the hottest tenth of the scene), or above an absolute threshold in the layer's unit (K or °C), which makes dates comparable. The mask holds 1 for hot, 0 for not hot and nodata where the LST is nodata.&lt;/p&gt;&lt;p&gt;With a polygon layer of districts, in any CRS, each district gets the mean and maximum LST of its pixels (fields lst_mean and lst_max, in the layer's unit) and the share of its valid pixels that are hot (hot_share, in %). They come from QGIS's zonal statistics (native:zonalstatisticsfb): a pixel belongs to a district when its centre lies inside it.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Marca los puntos calientes de una capa de temperatura de superficie (LST), por ejemplo una LST a escala reducida: los píxeles estrictamente por encima de un percentil de los píxeles válidos de la capa (90 por defecto: la décima parte más caliente de la escena), o por encima de un umbral absoluto en la unidad de la capa (K o °C), que hace comparables las fechas. La máscara vale 1 si es caliente, 0 si no lo es y sin datos donde la LST no tiene datos.&lt;/p&gt;&lt;p&gt;Con una capa de polígonos de distritos, en cualquier SRC, cada distrito recibe la LST media y máxima de sus píxeles (campos lst_mean y lst_max, en la unidad de la capa) y la proporción de sus píxeles válidos que son calientes (hot_share, en %). Proceden de las estadísticas zonales de QGIS (native:zonalstatisticsfb): un píxel pertenece a un distrito cuando su centro está dentro de él.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/analysis/heat_hot_spots.py" />
      <source>LST layer</source>
      <translation>Capa de LST</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/analysis/heat_hot_spots.py" />
      <source>Percentile above which a pixel is hot</source>
      <translation>Percentil por encima del cual un píxel es caliente</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/analysis/heat_hot_spots.py" />
      <source>Or: absolute threshold, in the layer's unit (empty: the percentile)</source>
      <translation>O bien: umbral absoluto, en la unidad de la capa (vacío: el percentil)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/analysis/heat_hot_spots.py" />
      <source>Districts (polygons)</source>
      <translation>Distritos (polígonos)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/analysis/heat_hot_spots.py" />
      <source>Hot spots (1 hot, 0 not)</source>
      <translation>Puntos calientes (1 caliente, 0 no)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/analysis/heat_hot_spots.py" />
      <source>Heat by district</source>
      <translation>Calor por distrito</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/analysis/heat_hot_spots.py" />
      <source>Threshold used</source>
      <translation>Umbral utilizado</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/analysis/heat_hot_spots.py" />
      <source>Share of hot pixels (%)</source>
      <translation>Proporción de píxeles calientes (%)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/analysis/heat_hot_spots.py" />
      <source>The districts layer already has the fields {}, which this algorithm adds: give the districts without them (not the output of an earlier run).</source>
      <translation>La capa de distritos ya tiene los campos {}, que este algoritmo añade: indique los distritos sin ellos (no la salida de una ejecución anterior).</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/analysis/heat_hot_spots.py" />
      <source>Threshold {:.2f} {}: {} of {} valid pixels are hot ({:.1f} %).</source>
      <translation>Umbral {:.2f} {}: {} de {} píxeles válidos son calientes ({:.1f} %).</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Downscaling</source>
      <translation>Reducción de escala</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Input preparation</source>
      <translation>Preparación de entradas</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Evaluation</source>
      <translation>Evaluación</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Analysis</source>
      <translation>Análisis</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Spatiotemporal fusion</source>
      <translation>Fusión espaciotemporal</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Training</source>
      <translation>Entrenamiento</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Auto (CUDA GPU if available, else CPU)</source>
      <translation>Automático (GPU CUDA si la hay, si no CPU)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>CPU</source>
      <translation>CPU</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>CUDA GPU</source>
      <translation>GPU CUDA</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Device</source>
      <translation>Dispositivo</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>CUDA device number</source>
      <translation>Número de dispositivo CUDA</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>None (regression only)</source>
      <translation>Ninguna (solo regresión)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Block (original method)</source>
      <translation>Por bloques (método original)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Smooth, mass-preserving (block means kept exactly)</source>
      <translation>Suave, conservando la masa (medias de bloque conservadas exactamente)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Cubic interpolation (for sensor LST such as MODIS)</source>
      <translation>Interpolación cúbica (para LST de sensor como MODIS)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>kelvin (K)</source>
      <translation>kelvin (K)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>degrees Celsius (°C)</source>
      <translation>grados Celsius (°C)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Output units</source>
      <translation>Unidades de salida</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>{} — {}</source>
      <translation>{} — {}</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>{} band</source>
      <translation>Banda de {}</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Coarse LST layer</source>
      <translation>Capa de LST gruesa</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>LST scale (empty: from the layer's metadata)</source>
      <translation>Escala de la LST (vacío: según los metadatos de la capa)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>LST offset (empty: from the layer's metadata)</source>
      <translation>Desplazamiento de la LST (vacío: según los metadatos de la capa)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>Fine NDVI layer</source>
      <translation>Capa de NDVI fina</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Or: fine reflectance layer (red and NIR bands)</source>
      <translation>O bien: capa de reflectancia fina (bandas roja e IRC)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>Red band</source>
      <translation>Banda roja</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>NIR band</source>
      <translation>Banda IRC</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>No vegetation input: give a fine NDVI layer, or a reflectance layer with its red and NIR bands.</source>
      <translation>No hay datos de vegetación: indique una capa de NDVI fina, o una capa de reflectancia con sus bandas roja e IRC.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Layer '{}' is not a file-based raster (provider '{}'): save it as a GeoTIFF first (Raster &gt; Conversion &gt; Translate).</source>
      <translation>La capa «{}» no es un ráster en archivo (proveedor «{}»): guárdela primero como GeoTIFF (Ráster &gt; Conversión &gt; Traducir).</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Canceled: no output was written.</source>
      <translation>Cancelado: no se escribió ninguna salida.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>GDAL could not read or write a file: {}. A truncated or corrupt input, or an output folder that cannot be written, are the usual causes.</source>
      <translation>GDAL no pudo leer ni escribir un archivo: {}. Las causas habituales son una entrada truncada o dañada, o una carpeta de salida en la que no se puede escribir.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/bicubic.py" />
      <source>Bicubic upsampling (baseline)</source>
      <translation>Remuestreo bicúbico (referencia)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/bicubic.py" />
      <source>&lt;p&gt;Interpolates a coarse land surface temperature layer onto the grid of another layer by cubic convolution (Keys 1981), without any auxiliary information. It adds no detail: use it as the reference that a sharpening method has to beat.&lt;/p&gt;&lt;p&gt;The grid layer's pixel size and CRS define the output; fine pixels whose coarse pixel has no LST stay nodata.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Interpola una capa de temperatura de superficie (LST) gruesa sobre la malla de otra capa por convolución cúbica (Keys 1981), sin ninguna información auxiliar. No añade ningún detalle: es la referencia que un método de afinado debe superar.&lt;/p&gt;&lt;p&gt;El tamaño de píxel y el SRC de la capa de malla definen la salida; los píxeles finos cuyo píxel grueso no tiene LST quedan sin datos.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/bicubic.py" />
      <source>Layer defining the output grid</source>
      <translation>Capa que define la malla de salida</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/bicubic.py" />
      <source>Upsampled LST</source>
      <translation>LST remuestreada</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <source>Linear in fractional cover (TsHARP)</source>
      <translation>Lineal en la cobertura fraccional (TsHARP)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <source>Quadratic in NDVI (DisTrad)</source>
      <translation>Cuadrática en el NDVI (DisTrad)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <source>Linear in NDVI</source>
      <translation>Lineal en el NDVI</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>Residual correction</source>
      <translation>Corrección del residuo</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>Scale factor (0: LST pixel size / output pixel size)</source>
      <translation>Factor de escala (0: tamaño de píxel de la LST / tamaño de píxel de salida)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <source>Output resolution (0: that of the NDVI layer)</source>
      <translation>Resolución de salida (0: la de la capa de NDVI)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <source>Regression</source>
      <translation>Regresión</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <source>Fractional cover exponent</source>
      <translation>Exponente de la cobertura fraccional</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <source>NDVI of bare soil (empty: 1st percentile)</source>
      <translation>NDVI del suelo desnudo (vacío: percentil 1)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <source>NDVI of full cover (empty: 99th percentile)</source>
      <translation>NDVI de cobertura total (vacío: percentil 99)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <source>Homogeneous pixels fitted: lowest-CV percentage per NDVI class</source>
      <translation>Píxeles homogéneos ajustados: porcentaje de menor CV por clase de NDVI</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <source>Maximum NDVI coefficient of variation (empty: no limit)</source>
      <translation>Coeficiente de variación máximo del NDVI (vacío: sin límite)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <source>Detail gain (empty: fitted on the scene; 1: classic)</source>
      <translation>Ganancia de detalle (vacío: ajustada a la escena; 1: clásica)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>Downscaled LST</source>
      <translation>LST a escala reducida</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <source>Scale factor {}; regression coefficients {} fitted on {} coarse pixels (R² {:.3f}); NDVI range {:.3f} to {:.3f}; detail gain {:.3f}.</source>
      <translation>Factor de escala {}; coeficientes de regresión {} ajustados en {} píxeles gruesos (R² {:.3f}); NDVI de {:.3f} a {:.3f}; ganancia de detalle {:.3f}.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>Energy conservation: block means of the output differ from the coarse LST by {:.4f} K on average, {:.4f} K at most.</source>
      <translation>Conservación de la energía: las medias por bloque de la salida difieren de la LST gruesa en {:.4f} K de media, {:.4f} K como máximo.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <location filename="../lst_downscaler/algorithms/fusion/dlstfm.py" />
      <source>&lt;p&gt;The weights of this model are missing from the plugin.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Faltan en el complemento los pesos de este modelo.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source> Against ASTER on 56 MODIS scenes: RMSE {rmse:.2f} K (bicubic {bicubic_rmse:.2f} K).</source>
      <translation> Frente a ASTER en 56 escenas MODIS: RMSE {rmse:.2f} K (bicúbico {bicubic_rmse:.2f} K).</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>&lt;p&gt;Bundled weights: {} parameters, trained with &lt;code&gt;{}&lt;/code&gt;.{}&lt;/p&gt;</source>
      <translation>&lt;p&gt;Pesos incluidos: {} parámetros, entrenados con &lt;code&gt;{}&lt;/code&gt;.{}&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>&lt;p&gt;&lt;b&gt;Model file&lt;/b&gt;: a model written by &lt;i&gt;Train a downscaling network&lt;/i&gt; (its .json card, with the .pt weights beside it) runs instead of the bundled weights, after its card is checked (architecture, weights checksum). When its card lists further auxiliary channels (a DEM, an albedo...), give one layer per channel in &lt;b&gt;Further auxiliary layers&lt;/b&gt;, in the card's order.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Archivo de modelo&lt;/b&gt;: un modelo escrito por &lt;i&gt;Entrenar una red de reducción de escala&lt;/i&gt; (su ficha .json, con los pesos .pt al lado) se ejecuta en lugar de los pesos incluidos, tras comprobar su ficha (arquitectura, suma de comprobación de los pesos). Cuando su ficha enumera canales auxiliares adicionales (un MDE, un albedo...), indique una capa por canal en &lt;b&gt;Capas auxiliares adicionales&lt;/b&gt;, en el orden de la ficha.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>Further auxiliary layers (in the order the model file's card lists them)</source>
      <translation>Capas auxiliares adicionales (en el orden en que las enumera la ficha del archivo de modelo)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>Model file (empty: bundled)</source>
      <translation>Archivo de modelo (vacío: el incluido)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <location filename="../lst_downscaler/algorithms/fusion/dlstfm.py" />
      <source>CPU threads (0: PyTorch's default)</source>
      <translation>Hilos de CPU (0: el valor por defecto de PyTorch)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>Half precision on CUDA</source>
      <translation>Media precisión en CUDA</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <location filename="../lst_downscaler/algorithms/fusion/dlstfm.py" />
      <source>Tile size (pixels, multiple of 8)</source>
      <translation>Tamaño de tesela (píxeles, múltiplo de 8)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>Tiles per batch</source>
      <translation>Teselas por lote</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>Per-scene adaptation steps (0: off)</source>
      <translation>Pasos de adaptación a la escena (0: desactivada)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>Random seed of the adaptation</source>
      <translation>Semilla aleatoria de la adaptación</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>Model file {}: {} ({}), channels {}.</source>
      <translation>Archivo de modelo {}: {} ({}), canales {}.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>none</source>
      <translation>ninguno</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>The model {} takes {} further auxiliary layer(s) ({}), in this order; {} were given. Give the layers its card lists, or another model file.</source>
      <translation>El modelo {} admite {} capa(s) auxiliar(es) adicional(es) ({}), en este orden; se dieron {}. Indique las capas que enumera su ficha, u otro archivo de modelo.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>Further auxiliary layer '{}' is used as the model's channel '{}' ({}).</source>
      <translation>La capa auxiliar adicional «{}» se usa como el canal «{}» del modelo ({}).</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>Ran on {}; scale factor {}; output pixel {:.4g}.</source>
      <translation>Ejecutado en {}; factor de escala {}; píxel de salida {:.4g}.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>The LST / NDVI pixel-size ratio is not the model's factor: the NDVI was resampled to 1/{} of the LST pixel size, which is the output resolution.</source>
      <translation>La razón de tamaños de píxel LST / NDVI no es el factor del modelo: el NDVI se remuestreó a 1/{} del tamaño de píxel de la LST, que es la resolución de salida.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/distrad.py" />
      <source>DisTrad (NDVI-based disaggregation of temperature)</source>
      <translation>DisTrad (desagregación de la temperatura basada en el NDVI)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/distrad.py" />
      <source>&lt;p&gt;Disaggregates a coarse land surface temperature (LST) layer with a fine NDVI layer, after Kustas, Norman, Anderson and French (2003), &lt;i&gt;Estimating subpixel surface temperatures and energy fluxes from the vegetation index-radiometric temperature relationship&lt;/i&gt;, Remote Sensing of Environment 85.&lt;/p&gt;&lt;p&gt;A quadratic regression LST = a + b·NDVI + c·NDVI² is fitted on the most homogeneous coarse pixels: the 25 % with the lowest coefficient of variation of the fine NDVI in each of three NDVI classes (&amp;lt;0.2, 0.2-0.5, &amp;gt;0.5). It is applied to the fine NDVI and the coarse residual is added back so that each coarse pixel keeps its temperature.&lt;/p&gt;&lt;p&gt;Assumptions: LST varies with vegetation alone, with one relation over the scene; water, snow and relief break it. The LST must be in kelvin; any CRS and resolution, the NDVI layer defines the output grid.&lt;/p&gt;&lt;p&gt;Defaults, chosen on 56 MODIS/ASTER pairs and checked on Landsat closed loops: a cubic residual, a detail gain fitted on the scene and water (NDVI &amp;lt; 0) as a class of its own. When the LST is a true block aggregate, choose the smooth mass-preserving residual. Set the gain to 1 and the residual to Block for the original method.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Desagrega una capa de temperatura de superficie (LST) gruesa con una capa de NDVI fina, según Kustas, Norman, Anderson y French (2003), &lt;i&gt;Estimating subpixel surface temperatures and energy fluxes from the vegetation index-radiometric temperature relationship&lt;/i&gt;, Remote Sensing of Environment 85.&lt;/p&gt;&lt;p&gt;Se ajusta una regresión cuadrática LST = a + b·NDVI + c·NDVI² en los píxeles gruesos más homogéneos: el 25 % con el menor coeficiente de variación del NDVI fino en cada una de tres clases de NDVI (&amp;lt;0,2, 0,2-0,5, &amp;gt;0,5). Se aplica al NDVI fino y se vuelve a sumar el residuo grueso para que cada píxel grueso conserve su temperatura.&lt;/p&gt;&lt;p&gt;Supuestos: la LST solo varía con la vegetación, con una única relación en la escena; el agua, la nieve y el relieve la rompen. La LST debe estar en kelvin; cualquier SRC y resolución, la capa de NDVI define la malla de salida.&lt;/p&gt;&lt;p&gt;Valores por defecto, elegidos en 56 pares MODIS/ASTER y comprobados en bucles cerrados Landsat: un residuo cúbico, una ganancia de detalle ajustada a la escena y el agua (NDVI &amp;lt; 0) como clase propia. Cuando la LST es un verdadero agregado por bloques, elija el residuo suave que conserva la masa. Ponga la ganancia a 1 y el residuo en Por bloques para el método original.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>DMS (Data Mining Sharpener)</source>
      <translation>DMS (afinado por minería de datos)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>&lt;p&gt;Sharpens a coarse land surface temperature (LST) layer with any number of fine predictor layers, after Gao, Kustas and Anderson (2012), &lt;i&gt;A data mining approach for sharpening thermal satellite imagery over land&lt;/i&gt;, Remote Sensing 4.&lt;/p&gt;&lt;p&gt;The predictors are block-averaged onto the coarse grid. The coarse pixels are the samples, weighted by 1/CV, the inverse of the coefficient of variation of the fine predictors inside them (optionally only the most homogeneous are kept). An ensemble of regression trees with a linear regression in each leaf learns the LST from the predictors, over the whole scene and in moving windows, whose predictions are blended with the global one by the inverse of their squared residuals (where a window has too few samples, the global model is used; window size 0: global model only). The model is applied to the fine predictors; the fine prediction is aggregated in radiance (T⁴) space and the coarse residual is added back.&lt;/p&gt;&lt;p&gt;Predictors: the vegetation input of the other sharpeners (an NDVI layer, or NDVI computed from the red and NIR bands of a reflectance layer, in which case every band of that layer is a predictor too, as in the paper), and every band of each further layer (a DEM, albedo, other indices...). The first of them defines the output grid. Predictors are used as they are: trees need no scaling.&lt;/p&gt;&lt;p&gt;Defaults, chosen on the MODIS (4 km to 1 km, 56 pairs) and Landsat (300 m to 30 m) closed loops, never on ASTER, which only evaluates: 20 trees, at least 40 samples per leaf, every coarse pixel (the paper keeps only the most homogeneous: lower the percentage), local windows of 8 x 8 coarse pixels (enlarged on large scenes so that there are at most 256), a detail gain fitted on the scene as for TsHARP (the fine texture weighted by the relation between LST and prediction one octave above the output scale; 1 is the original method), and a cubic residual like the other sharpeners (choose the smooth, mass-preserving residual when the LST is a true block aggregate). The LST must be in kelvin. With more than one predictor band it needs the Python package scikit-learn (with an NDVI layer alone it does not).&lt;/p&gt;</source>
      <translation>&lt;p&gt;Afina una capa de temperatura de superficie (LST) gruesa con cualquier número de capas predictoras finas, según Gao, Kustas y Anderson (2012), &lt;i&gt;A data mining approach for sharpening thermal satellite imagery over land&lt;/i&gt;, Remote Sensing 4.&lt;/p&gt;&lt;p&gt;Los predictores se promedian por bloques sobre la malla gruesa. Los píxeles gruesos son las muestras, ponderadas por 1/CV, el inverso del coeficiente de variación de los predictores finos que contienen (opcionalmente solo se conservan los más homogéneos). Un conjunto de árboles de regresión con una regresión lineal en cada hoja aprende la LST a partir de los predictores, en toda la escena y en ventanas móviles, cuyas predicciones se combinan con la global según el inverso del cuadrado de sus residuos (donde una ventana tiene demasiado pocas muestras, se usa el modelo global; tamaño de ventana 0: solo el modelo global). El modelo se aplica a los predictores finos; la predicción fina se agrega en radiancia (T⁴) y se vuelve a sumar el residuo grueso.&lt;/p&gt;&lt;p&gt;Predictores: la entrada de vegetación de los demás métodos de afinado (una capa de NDVI, o el NDVI calculado a partir de las bandas roja e IRC de una capa de reflectancia, en cuyo caso cada banda de esa capa también es un predictor, como en el artículo), y cada banda de cada capa adicional (un MDE, un albedo, otros índices...). El primero de ellos define la malla de salida. Los predictores se usan tal cual: los árboles no necesitan ningún escalado.&lt;/p&gt;&lt;p&gt;Valores por defecto, elegidos en los bucles cerrados MODIS (de 4 km a 1 km, 56 pares) y Landsat (de 300 m a 30 m), nunca en ASTER, que solo sirve para evaluar: 20 árboles, al menos 40 muestras por hoja, todos los píxeles gruesos (el artículo solo conserva los más homogéneos: reduzca el porcentaje), ventanas locales de 8 x 8 píxeles gruesos (ampliadas en escenas grandes para que haya como máximo 256), una ganancia de detalle ajustada a la escena como en TsHARP (la textura fina ponderada por la relación entre la LST y la predicción una octava por encima de la escala de salida; 1 es el método original), y un residuo cúbico como los demás métodos de afinado (elija el residuo suave que conserva la masa cuando la LST es un verdadero agregado por bloques). La LST debe estar en kelvin. Con más de una banda predictora necesita el paquete de Python scikit-learn (no con una capa NDVI sola).&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>Further fine predictor layers (every band is used)</source>
      <translation>Capas predictoras finas adicionales (se usan todas las bandas)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>Output resolution (0: that of the first predictor layer)</source>
      <translation>Resolución de salida (0: la de la primera capa predictora)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>Number of trees (bagging)</source>
      <translation>Número de árboles (bagging)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>Minimum samples per leaf</source>
      <translation>Número mínimo de muestras por hoja</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>Homogeneous coarse pixels used: lowest-CV percentage</source>
      <translation>Píxeles gruesos homogéneos usados: porcentaje de menor CV</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>Local window size in coarse pixels (0: global model only)</source>
      <translation>Tamaño de la ventana local en píxeles gruesos (0: solo el modelo global)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>Detail gain (empty: fitted on the scene; 1: original)</source>
      <translation>Ganancia de detalle (vacío: ajustada a la escena; 1: método original)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Random seed</source>
      <translation>Semilla aleatoria</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>No predictor: give a fine NDVI layer, a reflectance layer, or further predictor layers.</source>
      <translation>No hay predictores: indique una capa de NDVI fina, una capa de reflectancia o capas predictoras adicionales.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>{} predictor bands: DMS needs the Python package scikit-learn for more than one (with an NDVI layer alone it does not).</source>
      <translation>{} bandas predictoras: con más de una, DMS necesita el paquete de Python scikit-learn (no con una capa NDVI sola).</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>Scale factor {}; {} predictor band(s); {} trees trained on {} coarse pixels (weighted R² {:.3f}); {} local model(s) in {} window(s) of {} coarse pixels; detail gain {:.3f}.</source>
      <translation>Factor de escala {}; {} banda(s) predictora(s); {} árboles entrenados en {} píxeles gruesos (R² ponderado {:.3f}); {} modelo(s) local(es) en {} ventana(s) de {} píxeles gruesos; ganancia de detalle {:.3f}.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source>Progressive self-training (deep, Landsat to 30 m)</source>
      <translation>Autoentrenamiento progresivo (profundo, Landsat a 30 m)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source>&lt;p&gt;Downscales a Landsat thermal layer (surface temperature or brightness temperature, in kelvin) to the 30 m grid of a reflectance layer, after {}. No fine LST is needed.&lt;/p&gt;&lt;p&gt;A thermal layer delivered at 30 m is first brought back to the band's native resolution (&lt;b&gt;Native resolution&lt;/b&gt;: Landsat 8/9 TIRS 100 m, Landsat 4/5 TM 120 m, Landsat 7 ETM+ 60 m) by energy-conserving block means of T&lt;sup&gt;4&lt;/sup&gt;; a coarser layer is used as it is. A cross-modal network (a thermal branch for the LST, an optical branch for the six reflectance bands, NDVI, NDBI and MNDWI, a gate that decides where optical detail passes) then runs in three stages: stage 0, the bundled weights, learnt to bring the LST back from 2, 3 and 4 times coarser; stage 1 predicts 30 m pseudo-labels, corrects each so that its T&lt;sup&gt;4&lt;/sup&gt; block means equal the observed LST, and fine-tunes the network on them with a consistency loss against the observed LST; stage 2 repeats with fresh pseudo-labels and drops the pixels whose correction was large. The output is corrected the same way: its T&lt;sup&gt;4&lt;/sup&gt; block means equal the observed LST (within 0.05 K).&lt;/p&gt;&lt;p&gt;The fine-tuning samples random crops: its time grows with &lt;b&gt;Fine-tuning steps per stage&lt;/b&gt;, not with the scene size (0: stage 0 alone). Seeded: the same inputs and seed give the same output on the same device. The scene waits in temporary files (about 44 bytes per 30 m pixel of disk: 2.7 GB for a full 7800 x 7800 scene), so memory holds a row of the network's tiles, not the scene.&lt;/p&gt;&lt;p&gt;Reflectance: surface reflectance (the reflectance output of &lt;i&gt;Prepare Landsat Collection 2 Level-2 scene&lt;/i&gt;) or top-of-atmosphere reflectance (&lt;i&gt;Prepare Landsat Level-1 thermal band&lt;/i&gt;), 0-1, with the band of each role chosen below. &lt;b&gt;Stage-0 model file&lt;/b&gt;: a stage 0 trained with &lt;code&gt;python -m lst_downscaler.training --model progressive_landsat&lt;/code&gt; on other scenes (its .json card, the .pt weights beside it).&lt;/p&gt;</source>
      <translation>&lt;p&gt;Reduce la escala de una capa térmica de Landsat (temperatura de superficie o temperatura de brillo, en kelvin) a la malla de 30 m de una capa de reflectancia, según {}. No se necesita LST fina.&lt;/p&gt;&lt;p&gt;Una capa térmica entregada a 30 m se devuelve primero a la resolución nativa de la banda (&lt;b&gt;Resolución nativa&lt;/b&gt;: Landsat 8/9 TIRS 100 m, Landsat 4/5 TM 120 m, Landsat 7 ETM+ 60 m) mediante medias por bloques de T&lt;sup&gt;4&lt;/sup&gt; que conservan la energía; una capa más gruesa se usa tal cual. Una red intermodal (una rama térmica para la LST, una rama óptica para las seis bandas de reflectancia, el NDVI, el NDBI y el MNDWI, una compuerta que decide dónde pasa el detalle óptico) se ejecuta después en tres etapas: la etapa 0, la de los pesos incluidos, aprendió a recuperar la LST a partir de versiones 2, 3 y 4 veces más gruesas; la etapa 1 predice pseudoetiquetas a 30 m, corrige cada una para que sus medias por bloques de T&lt;sup&gt;4&lt;/sup&gt; sean iguales a la LST observada, y hace un ajuste fino de la red con ellas con una pérdida de coherencia respecto a la LST observada; la etapa 2 repite el proceso con pseudoetiquetas nuevas y descarta los píxeles cuya corrección fue grande. La salida se corrige del mismo modo: sus medias por bloques de T&lt;sup&gt;4&lt;/sup&gt; son iguales a la LST observada (con una tolerancia de 0,05 K).&lt;/p&gt;&lt;p&gt;El ajuste fino muestrea recortes aleatorios: su duración crece con &lt;b&gt;Pasos de ajuste fino por etapa&lt;/b&gt;, no con el tamaño de la escena (0: solo la etapa 0). Reproducible: las mismas entradas y semilla dan la misma salida en el mismo dispositivo. La escena espera en archivos temporales (unos 44 bytes de disco por píxel de 30 m: 2,7 GB para una escena completa de 7800 x 7800), así que la memoria guarda una fila de teselas de la red, no la escena.&lt;/p&gt;&lt;p&gt;Reflectancia: reflectancia de superficie (la salida de reflectancia de &lt;i&gt;Preparar una escena Landsat Colección 2 de nivel 2&lt;/i&gt;) o reflectancia en el techo de la atmósfera (&lt;i&gt;Preparar la banda térmica de Landsat de nivel 1&lt;/i&gt;), 0-1, con la banda de cada función elegida abajo. &lt;b&gt;Archivo de modelo de la etapa 0&lt;/b&gt;: una etapa 0 entrenada con &lt;code&gt;python -m lst_downscaler.training --model progressive_landsat&lt;/code&gt; en otras escenas (su ficha .json, con los pesos .pt al lado).&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source>&lt;p&gt;Bundled stage 0: {} parameters, trained on {}. Command: &lt;code&gt;{}&lt;/code&gt;.</source>
      <translation>&lt;p&gt;Etapa 0 incluida: {} parámetros, entrenada con {}. Comando: &lt;code&gt;{}&lt;/code&gt;.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source> Closed loop 300 m -&gt; 30 m compared at 90 m, each scene with the weights of the other scenes: RMSE {:.2f} of bicubic's on average ({}).</source>
      <translation> Bucle cerrado 300 m -&gt; 30 m comparado a 90 m, cada escena con los pesos de las demás escenas: RMSE de {:.2f} veces el del bicúbico de media ({}).</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source>Landsat thermal layer (K)</source>
      <translation>Capa térmica de Landsat (K)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source>Reflectance layer, 30 m (0-1)</source>
      <translation>Capa de reflectancia, 30 m (0-1)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>Blue band</source>
      <translation>Banda azul</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>Green band</source>
      <translation>Banda verde</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>SWIR 1 band</source>
      <translation>Banda SWIR 1</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>SWIR 2 band</source>
      <translation>Banda SWIR 2</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source>NDVI layer (empty: from red and NIR)</source>
      <translation>Capa de NDVI (vacío: a partir del rojo y el IRC)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source>Native resolution of the thermal band (m), when the layer is delivered on the reflectance grid</source>
      <translation>Resolución nativa de la banda térmica (m), cuando la capa se entrega en la malla de la reflectancia</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source>Fine-tuning steps per stage (0: stage 0 alone)</source>
      <translation>Pasos de ajuste fino por etapa (0: solo la etapa 0)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source>Random seed of the fine-tuning</source>
      <translation>Semilla aleatoria del ajuste fino</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source>Stage-0 model file (empty: bundled)</source>
      <translation>Archivo de modelo de la etapa 0 (vacío: el incluido)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source>Downscaled LST (30 m)</source>
      <translation>LST a escala reducida (30 m)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source>The thermal layer was on the reflectance grid: brought to its native resolution ({} x {} pixels).</source>
      <translation>La capa térmica estaba en la malla de la reflectancia: se devolvió a su resolución nativa ({} x {} píxeles).</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source>Ran on {}; scale factor {}; fine-tuning {:.1f} s; largest block energy error against the observed LST: {:.3f} K.</source>
      <translation>Ejecutado en {}; factor de escala {}; ajuste fino {:.1f} s; mayor error de energía por bloque respecto a la LST observada: {:.3f} K.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/sc_unet.py" />
      <source>SC-UNet (deep, x4, scale-invariance baseline)</source>
      <translation>SC-UNet (profundo, x4, referencia con invariancia de escala)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/sc_unet.py" />
      <source>&lt;p&gt;Downscales a coarse LST layer by 4 with a fine NDVI layer using the residual U-Net of {}, trained with full supervision on degraded pairs: the 4 x 4 block means of the real 1 km MODIS LST (upsampled back) with the NDVI averaged to 1 km as input, the real 1 km LST as target. Block means, not the sensor's Gaussian PSF: a network that learns to undo that blur sharpens real, far less blurred, 1 km LST into artefacts.&lt;/p&gt;&lt;p&gt;Applied at 1 km -&gt; 250 m it assumes that the relation learnt one scale up holds one scale down (scale invariance), the assumption SIF-CNN avoids. Runs on CPU or CUDA, by overlapping tiles blended without seams.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Reduce la escala de una capa de LST gruesa por 4 con una capa de NDVI fina mediante la U-Net residual de {}, entrenada con supervisión completa sobre pares degradados: las medias por bloques de 4 x 4 de la LST real de MODIS a 1 km (vueltas a ampliar) con el NDVI promediado a 1 km como entrada, la LST real a 1 km como objetivo. Medias por bloques, no la PSF gaussiana del sensor: una red que aprende a deshacer ese desenfoque convierte en artefactos, al afinarla, la LST real a 1 km, mucho menos desenfocada.&lt;/p&gt;&lt;p&gt;Aplicada a 1 km -&gt; 250 m, supone que la relación aprendida una escala por encima vale una escala por debajo (invariancia de escala), el supuesto que SIF-CNN evita. Se ejecuta en CPU o CUDA, por teselas solapadas fundidas sin costuras.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/sif_cnn.py" />
      <source>SIF-CNN-SR2 (deep, x4)</source>
      <translation>SIF-CNN-SR2 (profundo, x4)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/sif_cnn.py" />
      <source>&lt;p&gt;Downscales a coarse LST layer by 4 with a fine NDVI layer using a small residual U-Net, after {}.&lt;/p&gt;&lt;p&gt;The network was trained without any fine-resolution truth: its loss asks that the output, degraded by the sensor's PSF, gives back the coarse LST, and that its high frequencies (the image minus its Gaussian low-pass) follow -0.25 times those of the NDVI (weight 0.5 each, the released configuration). It needs no assumption that the LST-NDVI relation is the same across scales.&lt;/p&gt;&lt;p&gt;The paper's other variant, SIF-CNN-SR1 (Sobel gradients), is not offered: trained here, it made maps worse than bicubic upsampling against ASTER in every configuration measured. Its recipe remains in &lt;i&gt;Train a downscaling network&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Trained on MODIS 1 km -&gt; 250 m; other LST / NDVI pixel-size ratios are handled by resampling the NDVI to a quarter of the LST pixel. Runs on CPU or CUDA, by overlapping tiles blended without seams.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Reduce de escala por 4 una capa LST gruesa con una capa NDVI fina mediante una pequeña U-Net residual, según {}.&lt;/p&gt;&lt;p&gt;La red se entrenó sin ninguna verdad de resolución fina: su función de pérdida pide que la salida, degradada por la PSF del sensor, devuelva la LST gruesa, y que sus altas frecuencias (la imagen menos su paso bajo gaussiano) sigan -0,25 veces las del NDVI (peso 0,5 cada una, la configuración publicada). No supone que la relación LST-NDVI sea la misma entre escalas.&lt;/p&gt;&lt;p&gt;La otra variante del artículo, SIF-CNN-SR1 (gradientes de Sobel), no se ofrece: entrenada aquí, daba mapas peores que el remuestreo bicúbico frente a ASTER en todas las configuraciones medidas. Su receta sigue disponible en &lt;i&gt;Entrenar una red de reducción de escala&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Entrenada con MODIS de 1 km a 250 m; otras razones de tamaño de píxel LST / NDVI se tratan remuestreando el NDVI a un cuarto del píxel de la LST. Se ejecuta en CPU o CUDA, por teselas solapadas fundidas sin costuras.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/srda_net.py" />
      <source>SRDA-Net (deep, x2 twice: 1 km -&gt; 500 m -&gt; 250 m)</source>
      <translation>SRDA-Net (profundo, dos veces x2: 1 km -&gt; 500 m -&gt; 250 m)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/srda_net.py" />
      <source>&lt;p&gt;Downscales a coarse LST layer by 4 in two x2 steps (MODIS 1 km -&gt; 500 m -&gt; 250 m) with a fine NDVI layer (or red and NIR reflectance) and any further auxiliary layers, after {}. Each step runs the same network on its own grid: the LST of the step before, bicubic-upsampled, and the auxiliary layers block-averaged onto the step's grid; cross-attention of the LST over the auxiliary features (GCA), multi-scale depthwise convolutions with channel attention (MSCA), residual refinement (MFRM) and a pixel-shuffle x2 tail correct the bicubic LST.&lt;/p&gt;&lt;p&gt;The bundled weights take the NDVI only: they learnt a real 2 km -&gt; 1 km closed loop (the 2 x 2 block means of the 1 km MODIS LST as input, the 1 km LST as target) on MODIS patches of 2020, and are applied one and two scales down. A model trained with &lt;i&gt;Train a downscaling network&lt;/i&gt; (SRDA-Net recipe) on your own layers, e.g. with a DEM or an albedo, runs through &lt;b&gt;Model file&lt;/b&gt; and &lt;b&gt;Further auxiliary layers&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Other LST / NDVI pixel-size ratios than 4 are handled by resampling the NDVI to a quarter of the LST pixel. Runs on CPU or CUDA, by overlapping tiles blended without seams.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Reduce la escala de una capa de LST gruesa por 4 en dos pasos x2 (MODIS 1 km -&gt; 500 m -&gt; 250 m) con una capa de NDVI fina (o la reflectancia roja e IRC) y cualquier capa auxiliar adicional, según {}. Cada paso ejecuta la misma red sobre su propia malla: la LST del paso anterior, remuestreada por interpolación bicúbica, y las capas auxiliares promediadas por bloques sobre la malla del paso; una atención cruzada de la LST sobre las características auxiliares (GCA), convoluciones en profundidad (depthwise) multiescala con atención de canal (MSCA), un refinamiento residual (MFRM) y una cola pixel-shuffle x2 corrigen la LST bicúbica.&lt;/p&gt;&lt;p&gt;Los pesos incluidos solo toman el NDVI: aprendieron un bucle cerrado real 2 km -&gt; 1 km (las medias por bloques de 2 x 2 de la LST de MODIS a 1 km como entrada, la LST a 1 km como objetivo) en parches MODIS de 2020, y se aplican una y dos escalas por debajo. Un modelo entrenado con &lt;i&gt;Entrenar una red de reducción de escala&lt;/i&gt; (receta SRDA-Net) con sus propias capas, por ejemplo con un MDE o un albedo, se ejecuta mediante &lt;b&gt;Archivo de modelo&lt;/b&gt; y &lt;b&gt;Capas auxiliares adicionales&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Las razones de tamaño de píxel LST / NDVI distintas de 4 se tratan remuestreando el NDVI a un cuarto del píxel de la LST. Se ejecuta en CPU o CUDA, por teselas solapadas fundidas sin costuras.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/tsharp.py" />
      <source>TsHARP (NDVI-based thermal sharpening)</source>
      <translation>TsHARP (afinado térmico basado en el NDVI)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/tsharp.py" />
      <source>&lt;p&gt;Sharpens a coarse land surface temperature (LST) layer with a fine NDVI layer, after Agam, Kustas, Anderson, Li and Neale (2007), &lt;i&gt;A vegetation index based technique for spatial sharpening of thermal imagery&lt;/i&gt;, Remote Sensing of Environment 107.&lt;/p&gt;&lt;p&gt;The fractional vegetation cover fc = 1 - ((NDVImax - NDVI) / (NDVImax - NDVImin))^0.625 is computed at the fine scale; a linear regression LST = a + b·fc is fitted on the coarse pixels (cold outliers such as cloud are dropped) and applied to the fine fc; the coarse residual is added back so that each coarse pixel keeps its temperature.&lt;/p&gt;&lt;p&gt;Assumptions: LST varies with vegetation cover alone, with one relation over the scene; water, snow and relief break it. The LST must be in kelvin (set its scale and offset if the layer holds raw numbers); any CRS and resolution, the NDVI layer defines the output grid.&lt;/p&gt;&lt;p&gt;Defaults, chosen on 56 MODIS/ASTER pairs and checked on Landsat closed loops: a cubic residual instead of the original blocks, a detail gain fitted on the scene, which weighs the NDVI texture by the LST-NDVI relation observed one octave above the output scale, and water (NDVI &amp;lt; 0) as a class of its own. When the LST is a true block aggregate, choose the smooth mass-preserving residual. Set the gain to 1 and the residual to Block for the original method.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Afina una capa de temperatura de superficie (LST) gruesa con una capa de NDVI fina, según Agam, Kustas, Anderson, Li y Neale (2007), &lt;i&gt;A vegetation index based technique for spatial sharpening of thermal imagery&lt;/i&gt;, Remote Sensing of Environment 107.&lt;/p&gt;&lt;p&gt;La cobertura vegetal fraccional fc = 1 - ((NDVImax - NDVI) / (NDVImax - NDVImin))^0.625 se calcula a escala fina; se ajusta una regresión lineal LST = a + b·fc en los píxeles gruesos (se descartan los valores atípicos fríos como las nubes) y se aplica a la fc fina; se vuelve a sumar el residuo grueso para que cada píxel grueso conserve su temperatura.&lt;/p&gt;&lt;p&gt;Supuestos: la LST solo varía con la cobertura vegetal, con una única relación en la escena; el agua, la nieve y el relieve la rompen. La LST debe estar en kelvin (ajuste su escala y desplazamiento si la capa contiene valores brutos); cualquier SRC y resolución, la capa de NDVI define la malla de salida.&lt;/p&gt;&lt;p&gt;Valores por defecto, elegidos en 56 pares MODIS/ASTER y comprobados en bucles cerrados Landsat: un residuo cúbico en lugar de los bloques originales, una ganancia de detalle ajustada a la escena, que pondera la textura del NDVI por la relación LST-NDVI observada una octava por encima de la escala de salida, y el agua (NDVI &amp;lt; 0) como clase propia. Cuando la LST es un verdadero agregado por bloques, elija el residuo suave que conserva la masa. Ponga la ganancia a 1 y el residuo en Por bloques para el método original.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/base.py" />
      <source>{} scale (empty: from the layer's metadata)</source>
      <translation>Escala de {} (vacío: según los metadatos de la capa)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/base.py" />
      <source>{} offset (empty: from the layer's metadata)</source>
      <translation>Desplazamiento de {} (vacío: según los metadatos de la capa)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/base.py" />
      <source>Error, prediction - reference (K)</source>
      <translation>Error, predicción - referencia (K)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/base.py" />
      <source>Report (HTML, or JSON with a .json extension)</source>
      <translation>Informe (HTML, o JSON con la extensión .json)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/base.py" />
      <source>HTML files (*.html);;JSON files (*.json)</source>
      <translation>Archivos HTML (*.html);;Archivos JSON (*.json)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/base.py" />
      <source>RMSE (K)</source>
      <translation>RMSE (K)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/base.py" />
      <source>MAE (K)</source>
      <translation>MAE (K)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/base.py" />
      <source>Bias (K)</source>
      <translation>Sesgo (K)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/base.py" />
      <source>Unbiased RMSE (K)</source>
      <translation>RMSE insesgado (K)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/base.py" />
      <source>R²</source>
      <translation>R²</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/base.py" />
      <source>SSIM</source>
      <translation>SSIM</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/base.py" />
      <source>ERGAS</source>
      <translation>ERGAS</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/base.py" />
      <source>RMSE {rmse:.3f} K, MAE {mae:.3f} K, bias {bias:+.3f} K, unbiased RMSE {ubrmse:.3f} K, R² {r2:.3f}, SSIM {ssim:.3f}</source>
      <translation>RMSE {rmse:.3f} K, MAE {mae:.3f} K, sesgo {bias:+.3f} K, RMSE insesgado {ubrmse:.3f} K, R² {r2:.3f}, SSIM {ssim:.3f}</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/base.py" />
      <source>, ERGAS {:.3f}</source>
      <translation>, ERGAS {:.3f}</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/base.py" />
      <source> ({} pixels)</source>
      <translation> ({} píxeles)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>Closed-loop evaluation of a downscaling algorithm</source>
      <translation>Evaluación en bucle cerrado de un algoritmo de reducción de escala</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>&lt;p&gt;Measures how well a downscaling algorithm of this provider recovers a known fine land surface temperature (LST), after the protocol of Wald, Ranchin and Mangolini (1997), &lt;i&gt;Fusion of satellite images of different spatial resolutions: assessing the quality of resulting images&lt;/i&gt;, PE&amp;amp;RS 63(6).&lt;/p&gt;&lt;p&gt;The fine reference LST is aggregated by the scale factor, as a coarser sensor would see it: energy-conserving block mean of T⁴, or a Gaussian PSF (MTF 0.1 at Nyquist) in T⁴ followed by decimation, the degradation of Ait-Bachir et al. (2025). The coarse LST is written to a temporary GeoTIFF on the reference grid scaled by the factor, downscaled back with the chosen algorithm and its default settings, with the fine auxiliary layers given here, and compared with the reference: RMSE, MAE, bias, unbiased RMSE, R², SSIM and ERGAS. Bicubic upsampling of the same coarse LST is the baseline, measured on the same pixels; the ratio of the RMSEs says whether the algorithm adds real detail.&lt;/p&gt;&lt;p&gt;The algorithm is given by its id among this provider's algorithms in the group Downscaling: {}. The auxiliary layers should share the reference grid (block-average them onto it); otherwise the output is warped bilinearly onto the reference grid. The reference must be in kelvin (set its scale and offset otherwise). Outputs: the error raster (prediction - reference, K) on the reference grid, a report (HTML, or JSON when the file name ends in .json) and the metrics as numbers for models.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Mide en qué medida un algoritmo de reducción de escala de este proveedor recupera una temperatura de superficie (LST) fina conocida, según el protocolo de Wald, Ranchin y Mangolini (1997), &lt;i&gt;Fusion of satellite images of different spatial resolutions: assessing the quality of resulting images&lt;/i&gt;, PE&amp;amp;RS 63(6).&lt;/p&gt;&lt;p&gt;La LST fina de referencia se agrega según el factor de escala, tal como la vería un sensor más grueso: media por bloques de T⁴ que conserva la energía, o una PSF gaussiana (MTF 0,1 en Nyquist) en T⁴ seguida de diezmado, la degradación de Ait-Bachir et al. (2025). La LST gruesa se escribe en un GeoTIFF temporal sobre la malla de referencia ampliada por el factor, se reduce de escala con el algoritmo elegido y sus ajustes por defecto, con las capas auxiliares finas dadas aquí, y se compara con la referencia: RMSE, MAE, sesgo, RMSE insesgado, R², SSIM y ERGAS. El remuestreo bicúbico de la misma LST gruesa es la referencia, medida en los mismos píxeles; la razón de los RMSE indica si el algoritmo añade detalle real.&lt;/p&gt;&lt;p&gt;El algoritmo se indica por su identificador entre los algoritmos de este proveedor del grupo Reducción de escala: {}. Las capas auxiliares deben compartir la malla de referencia (promédielas por bloques sobre ella); si no, la salida se remuestrea bilinealmente sobre la malla de referencia. La referencia debe estar en kelvin (ajuste si no su escala y desplazamiento). Salidas: el ráster de error (predicción - referencia, K) sobre la malla de referencia, un informe (HTML, o JSON si el nombre del archivo termina en .json) y las métricas como números para los modelos.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>Energy-conserving block mean of T⁴</source>
      <translation>Media por bloques de T⁴ que conserva la energía</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>Gaussian PSF in T⁴, then decimation (Ait-Bachir et al. 2025)</source>
      <translation>PSF gaussiana en T⁴, luego diezmado (Ait-Bachir et al. 2025)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>Fine reference LST layer</source>
      <translation>Capa de LST fina de referencia</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>Fine reflectance layer (red and NIR bands)</source>
      <translation>Capa de reflectancia fina (bandas roja e IRC)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>Scale factor</source>
      <translation>Factor de escala</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>Aggregation to the coarse scale</source>
      <translation>Agregación a la escala gruesa</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>Downscaling algorithm (its id: tsharp, distrad, bicubic...)</source>
      <translation>Algoritmo de reducción de escala (su identificador: tsharp, distrad, bicubic…)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>Bicubic baseline RMSE (K)</source>
      <translation>RMSE de la referencia bicúbica (K)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>RMSE / bicubic RMSE</source>
      <translation>RMSE / RMSE bicúbico</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>Unknown downscaling algorithm '{}': choose one of {} (the algorithms of this provider in the group Downscaling).</source>
      <translation>Algoritmo de reducción de escala «{}» desconocido: elija uno de {} (los algoritmos de este proveedor del grupo Reducción de escala).</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>The algorithm '{}' needs the parameter '{}', which the closed loop cannot give it: choose another algorithm.</source>
      <translation>El algoritmo «{}» necesita el parámetro «{}», que el bucle cerrado no puede darle: elija otro algoritmo.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>Reference aggregated by {} ({}): {}</source>
      <translation>Referencia agregada por {} ({}): {}</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>Closed loop, factor {}, {} aggregation:</source>
      <translation>Bucle cerrado, factor {}, agregación {}:</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>  {}: {}.</source>
      <translation>  {}: {}.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>  bicubic baseline: {}.</source>
      <translation>  referencia bicúbica: {}.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>  RMSE / bicubic RMSE: {:.3f} ({}).</source>
      <translation>  RMSE / RMSE bicúbico: {:.3f} ({}).</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>better than bicubic</source>
      <translation>mejor que el bicúbico</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>not better than bicubic</source>
      <translation>no mejor que el bicúbico</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/compare_with_reference.py" />
      <source>Compare with a reference LST</source>
      <translation>Comparar con una LST de referencia</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/compare_with_reference.py" />
      <source>&lt;p&gt;Compares a downscaled land surface temperature (LST) layer with an independent fine reference, such as ASTER LST for MODIS: the downscaled layer is warped bilinearly onto the reference grid (any CRS) and the two are compared on the pixels valid in both, as in the protocol of Ait-Bachir et al. (2025). It reports RMSE, MAE, bias, unbiased RMSE (standard deviation of the error), R², SSIM and ERGAS (Wald 2002; the resolution ratio comes from the coarse input, or from the scale factor the downscaling wrote).&lt;/p&gt;&lt;p&gt;With the coarse input LST, it also reports the energy-conservation error, the consistency property of Wald, Ranchin and Mangolini (1997): the downscaled LST is aggregated in T⁴ onto the coarse input's grid and compared with it (mean and maximum absolute difference, K, over coarse pixels entirely covered by valid output).&lt;/p&gt;&lt;p&gt;Outputs: the error raster (downscaled - reference, K) on the reference grid, a report (HTML, or JSON when the file name ends in .json) and the metrics as numbers for models. All layers must be in kelvin (set their scale and offset otherwise).&lt;/p&gt;</source>
      <translation>&lt;p&gt;Compara una capa de temperatura de superficie (LST) a escala reducida con una referencia fina independiente, como la LST de ASTER para MODIS: la capa reducida se remuestrea bilinealmente sobre la malla de referencia (cualquier SRC) y ambas se comparan en los píxeles válidos en las dos, como en el protocolo de Ait-Bachir et al. (2025). Informa del RMSE, MAE, sesgo, RMSE insesgado (desviación típica del error), R², SSIM y ERGAS (Wald 2002; la razón de resoluciones viene de la entrada gruesa, o del factor de escala que escribió la reducción de escala).&lt;/p&gt;&lt;p&gt;Con la LST gruesa de entrada, informa también del error de conservación de la energía, la propiedad de coherencia de Wald, Ranchin y Mangolini (1997): la LST reducida se agrega en T⁴ sobre la malla de la entrada gruesa y se compara con ella (diferencia absoluta media y máxima, K, en los píxeles gruesos cubiertos por completo por salida válida).&lt;/p&gt;&lt;p&gt;Salidas: el ráster de error (reducida - referencia, K) sobre la malla de referencia, un informe (HTML, o JSON si el nombre del archivo termina en .json) y las métricas como números para los modelos. Todas las capas deben estar en kelvin (ajuste si no su escala y desplazamiento).&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/compare_with_reference.py" />
      <source>Downscaled LST layer</source>
      <translation>Capa de LST a escala reducida</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/compare_with_reference.py" />
      <source>Reference LST layer</source>
      <translation>Capa de LST de referencia</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/compare_with_reference.py" />
      <source>Coarse input LST layer (optional)</source>
      <translation>Capa de LST gruesa de entrada (opcional)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/compare_with_reference.py" />
      <source>Energy conservation: mean absolute error (K)</source>
      <translation>Conservación de la energía: error absoluto medio (K)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/compare_with_reference.py" />
      <source>Energy conservation: maximum absolute error (K)</source>
      <translation>Conservación de la energía: error absoluto máximo (K)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/compare_with_reference.py" />
      <source>Downscaled LST against the reference: {}.</source>
      <translation>LST a escala reducida frente a la referencia: {}.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/compare_with_reference.py" />
      <source>Energy conservation (T⁴ aggregation onto the coarse input grid): {:.4f} K on average, {:.4f} K at most, over {} coarse pixels.</source>
      <translation>Conservación de la energía (agregación en T⁴ sobre la malla de la entrada gruesa): {:.4f} K de media, {:.4f} K como máximo, en {} píxeles gruesos.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>&lt;p&gt;Layers in any CRS and resolution, in kelvin once their scale and offset (from the layer's metadata) are applied. The fine layer at the base date defines the output grid. The coarse layers are warped onto a coarse grid in that CRS whose pixels are exactly &lt;i&gt;factor&lt;/i&gt; x &lt;i&gt;factor&lt;/i&gt; output pixels (the factor: coarse pixel size / fine pixel size, rounded, unless given), then interpolated onto the output grid (cubic convolution, or nearest). Layers on slightly different grids, as real granules are, are aligned. A coarse layer already resampled onto a grid as fine as the fine layer is used as it is (factor 1), unless a factor is given. Output pixels stay nodata where an input has no value. Assumes that the fine and coarse sensors see the same temperature (a systematic gap between them at the prediction date goes into the output as a bias) and that no land cover changes between the dates.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Capas en cualquier SRC y resolución, en kelvin una vez aplicados su escala y desplazamiento (según los metadatos de la capa). La capa fina en la fecha base define la malla de salida. Las capas gruesas se reproyectan sobre una malla gruesa en ese SRC cuyos píxeles son exactamente &lt;i&gt;factor&lt;/i&gt; x &lt;i&gt;factor&lt;/i&gt; píxeles de salida (el factor: tamaño de píxel grueso / tamaño de píxel fino, redondeado, salvo que se indique), y luego se interpolan sobre la malla de salida (convolución cúbica, o vecino más próximo). Las capas en mallas ligeramente distintas, como lo están los gránulos reales, se alinean. Una capa gruesa ya remuestreada sobre una malla tan fina como la capa fina se usa tal cual (factor 1), salvo que se indique un factor. Los píxeles de salida quedan sin datos donde una entrada no tiene valor. Supone que los sensores fino y grueso ven la misma temperatura (una diferencia sistemática entre ellos en la fecha de predicción pasa a la salida como un sesgo) y que la cobertura del suelo no cambia entre las fechas.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Fine LST at the base date (t1)</source>
      <translation>LST fina en la fecha base (t1)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Coarse LST at the base date (t1)</source>
      <translation>LST gruesa en la fecha base (t1)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Coarse LST at the prediction date (t2)</source>
      <translation>LST gruesa en la fecha de predicción (t2)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Fine LST at the second base date (t3)</source>
      <translation>LST fina en la segunda fecha base (t3)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Coarse LST at the second base date (t3)</source>
      <translation>LST gruesa en la segunda fecha base (t3)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Correct the coarse LST for its bias against the fine LST at the base date(s)</source>
      <translation>Corregir el sesgo de la LST gruesa respecto a la LST fina en la(s) fecha(s) base</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>&lt;p&gt;&lt;b&gt;Bias correction&lt;/b&gt;: the coarse layers are shifted by the mean difference, at the base date(s), between the fine LST averaged over each coarse pixel (T⁴ mean) and the coarse LST, so that a constant offset between the two sensors does not reach the output. It cannot see a gap that appears only at the prediction date. The log gives the shift.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Corrección del sesgo&lt;/b&gt;: las capas gruesas se desplazan en la diferencia media, en la(s) fecha(s) base, entre la LST fina promediada sobre cada píxel grueso (media de T⁴) y la LST gruesa, para que una diferencia constante entre los dos sensores no llegue a la salida. No puede detectar una diferencia que solo aparezca en la fecha de predicción. El registro indica el desplazamiento.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Cubic convolution</source>
      <translation>Convolución cúbica</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Nearest (coarse blocks)</source>
      <translation>Vecino más próximo (bloques gruesos)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Moving window (fine pixels, odd)</source>
      <translation>Ventana móvil (píxeles finos, impar)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Number of land cover classes (similarity threshold: standard deviation x 2 / classes)</source>
      <translation>Número de clases de cobertura del suelo (umbral de similitud: desviación típica x 2 / clases)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Uncertainty of the fine LST (K)</source>
      <translation>Incertidumbre de la LST fina (K)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Uncertainty of the coarse LST (K)</source>
      <translation>Incertidumbre de la LST gruesa (K)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <location filename="../lst_downscaler/algorithms/fusion/dlstfm.py" />
      <source>Scale factor (0: coarse pixel size / fine pixel size)</source>
      <translation>Factor de escala (0: tamaño de píxel grueso / tamaño de píxel fino)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Coarse LST onto the fine grid</source>
      <translation>Remuestreo de la LST gruesa sobre la malla fina</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>The moving window must be an odd number of pixels, not {}.</source>
      <translation>La ventana móvil debe tener un número impar de píxeles, no {}.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Scale factor {}; similarity threshold {:.3f} K; {} output pixels predicted.</source>
      <translation>Factor de escala {}; umbral de similitud {:.3f} K; {} píxeles de salida predichos.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Bias correction: {:+.3f} K added to the coarse LST layers.</source>
      <translation>Corrección del sesgo: {:+.3f} K sumados a las capas de LST gruesas.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/dlstfm.py" />
      <source>DLSTFM (deep, one base pair)</source>
      <translation>DLSTFM (profundo, un par base)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/dlstfm.py" />
      <source>&lt;p&gt;Predicts the fine land surface temperature (LST) at a date t2 from a fine LST and a coarse LST at a base date t1 and the coarse LST at t2 with a small deep network after DLSTFM, Jin et al. (2026): a dual-temporal branch (the three layers and their differences), a multi-source branch (the fine layer against each coarse layer), spatially adaptive feature modulation (SAFM, Sun et al. 2023) for multi-scale fusion, and a temperature-adaptive correction (TCM) that gives each pixel a scale of its fine detail at t1 and a shift: F2 = C2 + scale x (F1 - C1) + shift. The full text of the paper was not available: this is a re-implementation from its abstract, not the authors' network.&lt;/p&gt;&lt;p&gt;An energy-consistency correction then makes the T&lt;sup&gt;4&lt;/sup&gt; block means of the output equal to the coarse LST at t2 (a smooth residual, no blocks), unless it is unticked.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Predice la temperatura de superficie (LST) fina en una fecha t2 a partir de una LST fina y una LST gruesa en una fecha base t1 y de la LST gruesa en t2 con una pequeña red profunda según DLSTFM, Jin et al. (2026): una rama bitemporal (las tres capas y sus diferencias), una rama multifuente (la capa fina frente a cada capa gruesa), una modulación de características espacialmente adaptativa (SAFM, Sun et al. 2023) para la fusión multiescala, y una corrección adaptativa a la temperatura (TCM) que da a cada píxel un factor aplicado a su detalle fino en t1 y un desplazamiento: F2 = C2 + factor x (F1 - C1) + desplazamiento. El texto completo del artículo no estaba disponible: es una reimplementación a partir de su resumen, no la red de los autores.&lt;/p&gt;&lt;p&gt;Después, una corrección de coherencia energética hace que las medias por bloques de T&lt;sup&gt;4&lt;/sup&gt; de la salida sean iguales a la LST gruesa en t2 (un residuo suave, sin bloques), salvo que se desmarque.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/dlstfm.py" />
      <source>&lt;p&gt;Bundled weights ({} parameters): trained on real ECOSTRESS LST of Los Angeles (~70 m, 2023), the coarse sensor simulated by aggregating each granule by {} (~1 km), on {} ordered pairs of dates; the dates {} were held out. Command: &lt;code&gt;{}&lt;/code&gt;.</source>
      <translation>&lt;p&gt;Pesos incluidos ({} parámetros): entrenados con LST reales de ECOSTRESS de Los Ángeles (~70 m, 2023), con el sensor grueso simulado agregando cada gránulo por un factor {} (~1 km), en {} pares ordenados de fechas; se reservaron las fechas {}. Comando: &lt;code&gt;{}&lt;/code&gt;.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/dlstfm.py" />
      <source> Measured on the {} held-out pairs (512 x 512 crops, bench/fusion.py): RMSE {:.3f} K, against {:.3f} K for the fine LST at t1 plus the cubic coarse change and {:.3f} K for STARFM.</source>
      <translation> Medido en los {} pares reservados (recortes de 512 x 512, bench/fusion.py): RMSE {:.3f} K, frente a {:.3f} K para la LST fina en t1 más el cambio grueso con interpolación cúbica y {:.3f} K para STARFM.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/dlstfm.py" />
      <source> At Yanco (real Landsat and MODIS, factor 10) the energy correction made it worse: unbiased RMSE {:.2f} K with it, {:.2f} K without, {:.2f} K for STARFM. Untick it when the coarse sensor does not see the energy that the fine one does (a bias between the sensors, a footprint wider than the coarse pixel).</source>
      <translation> En Yanco (Landsat y MODIS reales, factor 10) la corrección energética lo empeoró: RMSE insesgado de {:.2f} K con ella, {:.2f} K sin ella, {:.2f} K para STARFM. Desmárquela cuando el sensor grueso no ve la energía que ve el fino (un sesgo entre los sensores, una huella más ancha que el píxel grueso).</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/dlstfm.py" />
      <source> Other sensors, places and scale factors have not been trained on.&lt;/p&gt;</source>
      <translation> No se ha entrenado con otros sensores, lugares ni factores de escala.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/dlstfm.py" />
      <source>Energy-consistency correction against the coarse LST at t2</source>
      <translation>Corrección de coherencia energética respecto a la LST gruesa en t2</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/dlstfm.py" />
      <location filename="../lst_downscaler/algorithms/fusion/estarfm.py" />
      <location filename="../lst_downscaler/algorithms/fusion/starfm.py" />
      <source>Fine LST at t2</source>
      <translation>LST fina en t2</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/dlstfm.py" />
      <source>Ran on {}; scale factor {}; {} output pixels predicted; largest block energy error against the coarse LST at t2: {:.3f} K.</source>
      <translation>Ejecutado en {}; factor de escala {}; {} píxeles de salida predichos; mayor error de energía por bloque respecto a la LST gruesa en t2: {:.3f} K.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/estarfm.py" />
      <source>ESTARFM (two base pairs)</source>
      <translation>ESTARFM (dos pares base)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/estarfm.py" />
      <source>&lt;p&gt;Predicts the fine land surface temperature (LST) at a date t2 from two base pairs of fine and coarse LST, at t1 and t3 (usually before and after t2), and the coarse LST at t2, with the Enhanced Spatial and Temporal Adaptive Reflectance Fusion Model of Zhu, Chen, Gao, Chen and Masek (2010), &lt;i&gt;An enhanced spatial and temporal adaptive reflectance fusion model for complex heterogeneous regions&lt;/i&gt;, Remote Sensing of Environment 114(11), 2610-2623.&lt;/p&gt;&lt;p&gt;In a moving window, similar pixels are those close to the central pixel at both base dates. A conversion coefficient, the slope of the regression of fine on coarse LST over them, turns the coarse change into a fine change; a prediction from each base date (Fk + coefficient x weighted coarse change) is weighted by how little the coarse LST of the window changed since that date. By default the coefficient is 1 (the fine change is the coarse change), which was more accurate than Zhu's regression on real ECOSTRESS LST; the regression is an advanced option. Zhu's spectral correlation needs several bands: with one band (LST), the similar pixels are weighted by how closely their fine change between t1 and t3 follows the coarse change, and by distance.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Predice la temperatura de superficie (LST) fina en una fecha t2 a partir de dos pares base de LST fina y gruesa, en t1 y t3 (normalmente antes y después de t2), y de la LST gruesa en t2, con el Enhanced Spatial and Temporal Adaptive Reflectance Fusion Model de Zhu, Chen, Gao, Chen y Masek (2010), &lt;i&gt;An enhanced spatial and temporal adaptive reflectance fusion model for complex heterogeneous regions&lt;/i&gt;, Remote Sensing of Environment 114(11), 2610-2623.&lt;/p&gt;&lt;p&gt;En una ventana móvil, los píxeles similares son los cercanos al píxel central en ambas fechas base. Un coeficiente de conversión, la pendiente de la regresión de la LST fina sobre la gruesa en esos píxeles, convierte el cambio grueso en un cambio fino; la predicción obtenida a partir de cada fecha base (Fk + coeficiente x cambio grueso ponderado) se pondera más cuanto menos haya cambiado la LST gruesa de la ventana desde esa fecha. Por defecto el coeficiente es 1 (el cambio fino es el cambio grueso), que resultó más preciso que la regresión de Zhu con LST reales de ECOSTRESS; la regresión es una opción avanzada. La correlación espectral de Zhu necesita varias bandas: con una sola banda (la LST), los píxeles similares se ponderan según lo fielmente que su cambio fino entre t1 y t3 sigue el cambio grueso, y según la distancia.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/estarfm.py" />
      <source>Regression of fine on coarse LST (Zhu et al. 2010)</source>
      <translation>Regresión de la LST fina sobre la gruesa (Zhu et al. 2010)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/estarfm.py" />
      <source>1: the fine change is the coarse change (more accurate on LST)</source>
      <translation>1: el cambio fino es el cambio grueso (más preciso en LST)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/estarfm.py" />
      <source>Conversion coefficient</source>
      <translation>Coeficiente de conversión</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/starfm.py" />
      <source>STARFM (one base pair)</source>
      <translation>STARFM (un par base)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/starfm.py" />
      <source>&lt;p&gt;Predicts the fine land surface temperature (LST) at a date t2 from a fine LST and a coarse LST at a base date t1 and the coarse LST at t2, with the Spatial and Temporal Adaptive Reflectance Fusion Model of Gao, Masek, Schwaller and Hall (2006), &lt;i&gt;On the blending of the Landsat and MODIS surface reflectance: predicting daily Landsat surface reflectance&lt;/i&gt;, IEEE TGRS 44(8), 2207-2218.&lt;/p&gt;&lt;p&gt;Each output pixel is a weighted mean, over the spectrally similar pixels of a moving window around it, of the fine LST at t1 plus the coarse change (F1 + C2 - C1). Similar pixels are within the standard deviation of the fine LST x 2 / number of classes of the central pixel, and no worse than it in fine-coarse difference and coarse change (within the sensors' uncertainties). Weights fall with the fine-coarse difference |F1 - C1|, the coarse change |C2 - C1| and the relative distance 1 + d / (window / 2).&lt;/p&gt;</source>
      <translation>&lt;p&gt;Predice la temperatura de superficie (LST) fina en una fecha t2 a partir de una LST fina y una LST gruesa en una fecha base t1 y de la LST gruesa en t2, con el Spatial and Temporal Adaptive Reflectance Fusion Model de Gao, Masek, Schwaller y Hall (2006), &lt;i&gt;On the blending of the Landsat and MODIS surface reflectance: predicting daily Landsat surface reflectance&lt;/i&gt;, IEEE TGRS 44(8), 2207-2218.&lt;/p&gt;&lt;p&gt;Cada píxel de salida es una media ponderada, sobre los píxeles espectralmente similares de una ventana móvil centrada en él, de la LST fina en t1 más el cambio grueso (F1 + C2 - C1). Los píxeles similares difieren del píxel central en menos de la desviación típica de la LST fina x 2 / número de clases, y no son peores que él en diferencia fina-gruesa ni en cambio grueso (dentro de las incertidumbres de los sensores). Los pesos disminuyen con la diferencia fina-gruesa |F1 - C1|, el cambio grueso |C2 - C1| y la distancia relativa 1 + d / (ventana / 2).&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/time_series.py" />
      <source>Fusion time series: STARFM or DLSTFM (one base pair, many coarse dates)</source>
      <translation>Serie temporal de fusión: STARFM o DLSTFM (un par base, muchas fechas gruesas)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/time_series.py" />
      <source>&lt;p&gt;Runs STARFM (Gao et al. 2006, IEEE TGRS 44(8)), or DLSTFM (after Jin et al. 2026, with its bundled weights and energy correction; needs PyTorch), for every coarse LST layer of a list: one base pair (fine and coarse LST at t1) and many coarse dates give one fine LST GeoTIFF per date in the output folder, named after the coarse layer's file (an existing file of that name is replaced, once every date is done). Progress is reported over the dates; on Cancel or error, no file of the folder changes.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Ejecuta STARFM (Gao et al. 2006, IEEE TGRS 44(8)), o DLSTFM (según Jin et al. 2026, con sus pesos incluidos y su corrección de consistencia energética; requiere PyTorch), para cada capa de LST gruesa de una lista: un par base (LST fina y gruesa en t1) y muchas fechas gruesas dan un GeoTIFF de LST fina por fecha en la carpeta de salida, con el nombre del archivo de la capa gruesa (un archivo existente con ese nombre se reemplaza, una vez calculadas todas las fechas). El progreso se indica sobre el conjunto de fechas; al cancelar o ante un error, ningún archivo de la carpeta cambia.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/time_series.py" />
      <source>Coarse LST at the prediction dates (band 1 of each)</source>
      <translation>LST gruesa en las fechas de predicción (banda 1 de cada una)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/time_series.py" />
      <source>Method</source>
      <translation>Método</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/time_series.py" />
      <source>Folder for the fine LST of each date</source>
      <translation>Carpeta para la LST fina de cada fecha</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/time_series.py" />
      <source>Number of files written</source>
      <translation>Número de archivos escritos</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/time_series.py" />
      <source>STARFM</source>
      <translation>STARFM</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/time_series.py" />
      <source>DLSTFM (deep, needs PyTorch)</source>
      <translation>DLSTFM (profundo, requiere PyTorch)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/time_series.py" />
      <source>No coarse LST layer in the series: give one or more.</source>
      <translation>No hay ninguna capa de LST gruesa en la serie: indique una o más.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/time_series.py" />
      <source>Wrote {} ({} pixels predicted).</source>
      <translation>Se escribió {} ({} píxeles predichos).</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_aster.py" />
      <source>Prepare ASTER surface kinetic temperature (AST_08)</source>
      <translation>Preparar la temperatura cinética de superficie de ASTER (AST_08)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_aster.py" />
      <source>&lt;p&gt;Reads an ASTER AST_08 surface kinetic temperature product, as the HDF-EOS granule or as a GeoTIFF of its DN band, and writes the land surface temperature in kelvin (DN × 0.1; DN 0 is fill and becomes nodata), after the &lt;i&gt;ASTER Higher-Level Product User Guide&lt;/i&gt; (NASA JPL). The 90 m ASTER LST is a fine-scale reference for checking downscaled MODIS LST (both fly on Terra).&lt;/p&gt;&lt;p&gt;The HDF granule is a swath located by latitude/longitude tie points: it is warped to the UTM zone of its centre with nearest neighbour, so every output value is a product value. A GeoTIFF keeps its own grid.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Lee un producto ASTER AST_08 de temperatura cinética de superficie, como gránulo HDF-EOS o como GeoTIFF de su banda de niveles digitales (ND), y escribe la temperatura de superficie en kelvin (ND × 0,1; el ND 0 es relleno y pasa a sin datos), según la &lt;i&gt;ASTER Higher-Level Product User Guide&lt;/i&gt; (NASA JPL). La LST de ASTER a 90 m es una referencia a escala fina para comprobar una LST de MODIS a escala reducida (ambos vuelan en Terra).&lt;/p&gt;&lt;p&gt;El gránulo HDF es una franja localizada por puntos de enlace de latitud/longitud: se reproyecta a la zona UTM de su centro con vecino más próximo, de modo que cada valor de salida es un valor del producto. Un GeoTIFF conserva su propia malla.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_aster.py" />
      <source>AST_08 granule (*.hdf) or DN GeoTIFF</source>
      <translation>Gránulo AST_08 (*.hdf) o GeoTIFF de ND</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_aster.py" />
      <source>AST_08 files (*.hdf *.HDF *.tif *.TIF *.tiff)</source>
      <translation>Archivos AST_08 (*.hdf *.HDF *.tif *.TIF *.tiff)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_aster.py" />
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l2.py" />
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>LST (K)</source>
      <translation>LST (K)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l1.py" />
      <source>Prepare Landsat Level-1 thermal band (brightness temperature)</source>
      <translation>Preparar la banda térmica de Landsat de nivel 1 (temperatura de brillo)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l1.py" />
      <source>&lt;p&gt;Reads the thermal band of a Landsat 4, 5, 7, 8 or 9 Level-1 scene, given by its *_MTL.txt file, and writes the top-of-atmosphere brightness temperature in kelvin: radiance L = RADIANCE_MULT × DN + RADIANCE_ADD, then T = K2 / ln(K1 / L + 1), with the factors of the MTL (Chander, Markham and Helder 2009, &lt;i&gt;Summary of current radiometric calibration coefficients for Landsat MSS, TM, ETM+, and EO-1 ALI sensors&lt;/i&gt;, Remote Sensing of Environment 113; Landsat 8 Data Users Handbook).&lt;/p&gt;&lt;p&gt;Thermal band: the first is TM B6, ETM+ B6_VCID_1 (low gain) or TIRS B10; the second ETM+ B6_VCID_2 (high gain) or TIRS B11. When the MTL lacks K1/K2, the standard values of the sensor are used (TM 5: 607.76 / 1260.56; ETM+: 666.09 / 1282.71; TIRS B10: 774.8853 / 1321.0789, B11: 480.8883 / 1201.1442); when it lacks RADIANCE_MULT/ADD, they are computed from LMIN/LMAX and QCALMIN/QCALMAX. The log says which.&lt;/p&gt;&lt;p&gt;Fill (DN 0) and the band file's nodata value become nodata; with a QA_PIXEL band (Collection 2), cloud, shadow and snow can be masked. Brightness temperature is not land surface temperature: it has no emissivity or atmospheric correction, and reads a few kelvin colder.&lt;/p&gt;&lt;p&gt;Optionally, the top-of-atmosphere reflectance of blue, green, red, NIR, SWIR 1 and SWIR 2 (B2..B7 for Landsat 8/9, B1..B5 and B7 for Landsat 4-7, in this order) as one 6-band layer, in the band order of the Level-2 surface reflectance, so that either feeds the same algorithms: ρ = (REFLECTANCE_MULT × DN + REFLECTANCE_ADD) / sin(sun elevation) with the factors and SUN_ELEVATION of the MTL (Landsat 8 Data Users Handbook). When the MTL lacks REFLECTANCE_MULT/ADD (older TM and ETM+ scenes), ρ = π × L × d² / (ESUN × sin(sun elevation)), with L the radiance as above, ESUN of the sensor from Chander, Markham and Helder (2009, Table 11) and d the EARTH_SUN_DISTANCE of the MTL, or else computed from DATE_ACQUIRED with the low-precision formula for the Sun of The Astronomical Almanac. The log says which. TOA reflectance has no atmospheric correction: it reads higher than surface reflectance in the visible bands.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Lee la banda térmica de una escena Landsat 4, 5, 7, 8 o 9 de nivel 1, dada por su archivo *_MTL.txt, y escribe la temperatura de brillo en el techo de la atmósfera en kelvin: radiancia L = RADIANCE_MULT × ND + RADIANCE_ADD, luego T = K2 / ln(K1 / L + 1), con los factores del MTL (Chander, Markham y Helder 2009, &lt;i&gt;Summary of current radiometric calibration coefficients for Landsat MSS, TM, ETM+, and EO-1 ALI sensors&lt;/i&gt;, Remote Sensing of Environment 113; Landsat 8 Data Users Handbook).&lt;/p&gt;&lt;p&gt;Banda térmica: la primera es TM B6, ETM+ B6_VCID_1 (ganancia baja) o TIRS B10; la segunda ETM+ B6_VCID_2 (ganancia alta) o TIRS B11. Cuando el MTL no tiene K1/K2, se usan los valores estándar del sensor (TM 5: 607,76 / 1260,56; ETM+: 666,09 / 1282,71; TIRS B10: 774,8853 / 1321,0789, B11: 480,8883 / 1201,1442); cuando no tiene RADIANCE_MULT/ADD, se calculan a partir de LMIN/LMAX y QCALMIN/QCALMAX. El registro indica cuáles.&lt;/p&gt;&lt;p&gt;El relleno (ND 0) y el valor sin datos del archivo de banda pasan a sin datos; con una banda QA_PIXEL (Colección 2), se pueden enmascarar nubes, sombras y nieve. La temperatura de brillo no es la temperatura de superficie: no tiene corrección de emisividad ni atmosférica, y resulta unos kelvin más fría.&lt;/p&gt;&lt;p&gt;Opcionalmente, la reflectancia en el techo de la atmósfera del azul, verde, rojo, IRC, SWIR 1 y SWIR 2 (B2..B7 para Landsat 8/9, B1..B5 y B7 para Landsat 4-7, en este orden) como una capa de 6 bandas, en el orden de bandas de la reflectancia de superficie de nivel 2, de modo que cualquiera de las dos alimente los mismos algoritmos: ρ = (REFLECTANCE_MULT × ND + REFLECTANCE_ADD) / sin(elevación solar) con los factores y SUN_ELEVATION del MTL (Landsat 8 Data Users Handbook). Cuando el MTL no tiene REFLECTANCE_MULT/ADD (escenas TM y ETM+ antiguas), ρ = π × L × d² / (ESUN × sin(elevación solar)), con L la radiancia calculada como arriba, la ESUN del sensor según Chander, Markham y Helder (2009, tabla 11) y d la EARTH_SUN_DISTANCE del MTL o, si falta, la distancia calculada a partir de DATE_ACQUIRED con la fórmula de baja precisión para el Sol de The Astronomical Almanac. El registro indica cuáles. La reflectancia en el techo de la atmósfera no tiene corrección atmosférica: es mayor que la reflectancia de superficie en las bandas visibles.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l1.py" />
      <source>First: TM B6, ETM+ B6_VCID_1 (low gain), TIRS B10</source>
      <translation>Primera: TM B6, ETM+ B6_VCID_1 (ganancia baja), TIRS B10</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l1.py" />
      <source>Second: ETM+ B6_VCID_2 (high gain), TIRS B11</source>
      <translation>Segunda: ETM+ B6_VCID_2 (ganancia alta), TIRS B11</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l1.py" />
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l2.py" />
      <source>Scene metadata file (*_MTL.txt)</source>
      <translation>Archivo de metadatos de la escena (*_MTL.txt)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l1.py" />
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l2.py" />
      <source>Landsat metadata (*_MTL.txt *_MTL.TXT)</source>
      <translation>Metadatos de Landsat (*_MTL.txt *_MTL.TXT)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l1.py" />
      <source>Thermal band</source>
      <translation>Banda térmica</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l1.py" />
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l2.py" />
      <source>Mask cloud, shadow and snow (QA_PIXEL)</source>
      <translation>Enmascarar nubes, sombras y nieve (QA_PIXEL)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l1.py" />
      <source>Brightness temperature (K)</source>
      <translation>Temperatura de brillo (K)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l1.py" />
      <source>TOA reflectance (blue, green, red, NIR, SWIR 1, SWIR 2)</source>
      <translation>Reflectancia en el techo de la atmósfera (azul, verde, rojo, IRC, SWIR 1, SWIR 2)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l1.py" />
      <source>Scene {} ({}), band {}: radiance = {:.6g} × DN + {:.6g}, K1 = {}, K2 = {}</source>
      <translation>Escena {} ({}), banda {}: radiancia = {:.6g} × ND + {:.6g}, K1 = {}, K2 = {}</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l1.py" />
      <source>TOA reflectance {}: ρ = {:.6g} × DN + {:.6g}</source>
      <translation>Reflectancia en el techo de la atmósfera {}: ρ = {:.6g} × ND + {:.6g}</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l2.py" />
      <source>Prepare Landsat Collection 2 Level-2 scene</source>
      <translation>Preparar una escena Landsat Colección 2 de nivel 2</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l2.py" />
      <source>&lt;p&gt;Reads a Landsat 4-9 Collection 2 Level-2 scene, given by its *_MTL.txt file, and writes the surface temperature in kelvin (ST_B10 or ST_B6: DN × 0.00341802 + 149.0, factors read from the MTL) and the NDVI from surface reflectance (DN × 2.75e-05 - 0.2). Fill (DN 0) becomes nodata; with a QA_PIXEL band, fill, cloud, dilated cloud, cirrus, cloud shadow and snow can be masked.&lt;/p&gt;&lt;p&gt;Optionally, the surface reflectance of blue, green, red, NIR, SWIR 1 and SWIR 2 (SR_B2..SR_B7 for Landsat 8/9, SR_B1..SR_B5 and SR_B7 for Landsat 4-7, in this order) as one 6-band layer in reflectance (0-1), ready for the Spectral index algorithm.&lt;/p&gt;&lt;p&gt;Band files without georeferencing are placed on the UTM grid given in the MTL. The thermal band is delivered at 30 m but its native resolution is 100 m (Landsat 8/9): aggregate it before sharpening.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Lee una escena Landsat 4-9 Colección 2 de nivel 2, dada por su archivo *_MTL.txt, y escribe la temperatura de superficie en kelvin (ST_B10 o ST_B6: ND × 0,00341802 + 149,0, factores leídos del MTL) y el NDVI a partir de la reflectancia de superficie (ND × 2,75e-05 - 0,2). El relleno (ND 0) pasa a sin datos; con una banda QA_PIXEL, se pueden enmascarar relleno, nubes, nubes dilatadas, cirros, sombras de nubes y nieve.&lt;/p&gt;&lt;p&gt;Opcionalmente, la reflectancia de superficie del azul, verde, rojo, IRC, SWIR 1 y SWIR 2 (SR_B2..SR_B7 para Landsat 8/9, SR_B1..SR_B5 y SR_B7 para Landsat 4-7, en este orden) como una capa de 6 bandas en reflectancia (0-1), lista para el algoritmo Índice espectral.&lt;/p&gt;&lt;p&gt;Los archivos de banda sin georreferencia se sitúan en la malla UTM indicada en el MTL. La banda térmica se entrega a 30 m pero su resolución nativa es de 100 m (Landsat 8/9): agréguela antes del afinado.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l2.py" />
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>NDVI</source>
      <translation>NDVI</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l2.py" />
      <source>Surface reflectance (blue, green, red, NIR, SWIR 1, SWIR 2)</source>
      <translation>Reflectancia de superficie (azul, verde, rojo, IRC, SWIR 1, SWIR 2)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l2.py" />
      <source>Scene {} ({})</source>
      <translation>Escena {} ({})</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>Prepare MODIS daily LST (MOD11A1 / MOD21A1 HDF)</source>
      <translation>Preparar la LST diaria de MODIS (HDF MOD11A1 / MOD21A1)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>&lt;p&gt;Reads a MODIS daily land surface temperature granule as downloaded (HDF4-EOS: MOD11A1/MYD11A1, or MOD21A1D/MOD21A1N) and writes its day or night LST in kelvin (DN × 0.02; DN 0 is fill and becomes nodata), on the granule's 1 km sinusoidal grid and CRS, ready for sharpening.&lt;/p&gt;&lt;p&gt;Quality mask, from bits 0-1 of the QC layer (QC_Day / QC_Night, or QC for MOD21): all produced pixels; good quality only (00); or good and other quality (00 and 01). Source: Wan, &lt;i&gt;MODIS Land Surface Temperature Products Users' Guide&lt;/i&gt; (MOD11, collection 6/6.1) and Hulley et al., &lt;i&gt;MODIS MOD21 Land Surface Temperature and Emissivity User Guide&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;A MOD21A1D granule holds day LST only and MOD21A1N night LST only: the overpass must match the granule.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Lee un gránulo diario de temperatura de superficie de MODIS tal como se descarga (HDF4-EOS: MOD11A1/MYD11A1, o MOD21A1D/MOD21A1N) y escribe su LST diurna o nocturna en kelvin (ND × 0,02; el ND 0 es relleno y pasa a sin datos), sobre la malla sinusoidal de 1 km y el SRC del gránulo, lista para el afinado.&lt;/p&gt;&lt;p&gt;Máscara de calidad, a partir de los bits 0-1 de la capa QC (QC_Day / QC_Night, o QC para MOD21): todos los píxeles producidos; solo buena calidad (00); o calidad buena y otra (00 y 01). Fuente: Wan, &lt;i&gt;MODIS Land Surface Temperature Products Users' Guide&lt;/i&gt; (MOD11, colección 6/6.1) y Hulley et al., &lt;i&gt;MODIS MOD21 Land Surface Temperature and Emissivity User Guide&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Un gránulo MOD21A1D solo contiene LST diurna y un MOD21A1N solo nocturna: el paso debe corresponder al gránulo.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>Day</source>
      <translation>Día</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>Night</source>
      <translation>Noche</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>All produced pixels</source>
      <translation>Todos los píxeles producidos</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>Good quality only (00)</source>
      <translation>Solo buena calidad (00)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>Good and other quality (00, 01)</source>
      <translation>Calidad buena y otra (00, 01)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>MODIS LST granule (*.hdf)</source>
      <translation>Gránulo de LST de MODIS (*.hdf)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>HDF4 files (*.hdf *.HDF)</source>
      <translation>Archivos HDF4 (*.hdf *.HDF)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>Overpass</source>
      <translation>Paso</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>Quality mask (QC bits 0-1)</source>
      <translation>Máscara de calidad (bits QC 0-1)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>Reading {}</source>
      <translation>Leyendo {}</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>{} of {} pixels valid ({:.1f} %).</source>
      <translation>{} de {} píxeles válidos ({:.1f} %).</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>Spectral index (NDVI, NDWI, MNDWI, NDBI, albedo)</source>
      <translation>Índice espectral (NDVI, NDWI, MNDWI, NDBI, albedo)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>&lt;p&gt;Computes a spectral index from the bands of a surface reflectance layer, by strips:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;NDVI = (NIR - red) / (NIR + red) (Rouse et al. 1974);&lt;/li&gt;&lt;li&gt;NDWI = (green - NIR) / (green + NIR) (McFeeters 1996, &lt;i&gt;International Journal of Remote Sensing&lt;/i&gt; 17);&lt;/li&gt;&lt;li&gt;MNDWI = (green - SWIR 1) / (green + SWIR 1) (Xu 2006, &lt;i&gt;International Journal of Remote Sensing&lt;/i&gt; 27);&lt;/li&gt;&lt;li&gt;NDBI = (SWIR 1 - NIR) / (SWIR 1 + NIR) (Zha, Gao and Ni 2003, &lt;i&gt;International Journal of Remote Sensing&lt;/i&gt; 24);&lt;/li&gt;&lt;li&gt;shortwave albedo = 0.356 blue + 0.130 red + 0.373 NIR + 0.085 SWIR 1 + 0.072 SWIR 2 - 0.0018 (Liang 2001, &lt;i&gt;Remote Sensing of Environment&lt;/i&gt; 76; Landsat TM/ETM+ bands 1, 3, 4, 5, 7, OLI bands 2, 4, 5, 6, 7).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Normalised differences are clipped to [-1, 1]. Reflectance comes from the layer's scale and offset metadata; a layer in raw digital numbers (values above 2) is refused. The default bands 1 to 6 (blue, green, red, NIR, SWIR 1, SWIR 2) are those of the reflectance output of 'Prepare Landsat Collection 2 Level-2 scene'.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Calcula un índice espectral a partir de las bandas de una capa de reflectancia de superficie, por franjas:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;NDVI = (IRC - rojo) / (IRC + rojo) (Rouse et al. 1974);&lt;/li&gt;&lt;li&gt;NDWI = (verde - IRC) / (verde + IRC) (McFeeters 1996, &lt;i&gt;International Journal of Remote Sensing&lt;/i&gt; 17);&lt;/li&gt;&lt;li&gt;MNDWI = (verde - SWIR 1) / (verde + SWIR 1) (Xu 2006, &lt;i&gt;International Journal of Remote Sensing&lt;/i&gt; 27);&lt;/li&gt;&lt;li&gt;NDBI = (SWIR 1 - IRC) / (SWIR 1 + IRC) (Zha, Gao y Ni 2003, &lt;i&gt;International Journal of Remote Sensing&lt;/i&gt; 24);&lt;/li&gt;&lt;li&gt;albedo de onda corta = 0,356 azul + 0,130 rojo + 0,373 IRC + 0,085 SWIR 1 + 0,072 SWIR 2 - 0,0018 (Liang 2001, &lt;i&gt;Remote Sensing of Environment&lt;/i&gt; 76; bandas Landsat TM/ETM+ 1, 3, 4, 5, 7, bandas OLI 2, 4, 5, 6, 7).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Las diferencias normalizadas se limitan a [-1, 1]. La reflectancia procede de los metadatos de escala y desplazamiento de la capa; una capa en niveles digitales brutos (valores superiores a 2) se rechaza. Las bandas 1 a 6 por defecto (azul, verde, rojo, IRC, SWIR 1, SWIR 2) son las de la salida de reflectancia de «Preparar una escena Landsat Colección 2 de nivel 2».&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>NDWI (McFeeters: green, NIR)</source>
      <translation>NDWI (McFeeters: verde, IRC)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>MNDWI (green, SWIR 1)</source>
      <translation>MNDWI (verde, SWIR 1)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>NDBI (SWIR 1, NIR)</source>
      <translation>NDBI (SWIR 1, IRC)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>Shortwave albedo (Liang 2001)</source>
      <translation>Albedo de onda corta (Liang 2001)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>Reflectance layer</source>
      <translation>Capa de reflectancia</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>Index</source>
      <translation>Índice</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Train a downscaling network</source>
      <translation>Entrenar una red de reducción de escala</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>&lt;p&gt;Trains a network that downscales LST by 4 on your own scenes, and writes a model file (a .json card, the .pt weights beside it) that the deep downscaling algorithms run through their &lt;b&gt;Model file&lt;/b&gt; parameter.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Scenes&lt;/b&gt;: a list of coarse LST layers and a list of fine NDVI layers of the same length, paired by order. &lt;b&gt;Further auxiliary layers&lt;/b&gt; (optional: a DEM, an albedo, land cover...): the same number k for every scene, given scene by scene — the k layers of scene 1, then the k layers of scene 2, and so on, always in the same order. The model then expects k further auxiliary layers, in that order, when it runs. Fine layers are resampled to a quarter of the LST pixel when their pixel is not.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Recipe&lt;/b&gt;: the residual U-Net of Ait-Bachir et al. (2025), self-supervised as SIF-CNN-SR2 or SR1 (no fine LST needed: the output degraded by the sensor PSF gives back the coarse LST) or supervised on degraded pairs as SC-UNet; or SRDA-Net (Ma et al. 2025), which learns one x2 step on the LST's own grid (its 2 x 2 block means as input, the fine layers block-averaged onto that grid) and runs it twice. Run the result with the algorithm of its architecture: &lt;i&gt;SRDA-Net&lt;/i&gt; for the SRDA-Net recipe, a residual U-Net algorithm for the others.&lt;/p&gt;&lt;p&gt;Every 8th scene is held out for validation (with a single scene, its bottom quarter); the weights of the epoch with the lowest validation loss are kept. The log gives the training and validation losses per epoch; Cancel stops between epochs. The same inputs and seed give the same weights on the same device.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Entrena con sus propias escenas una red que reduce la escala de la LST por 4, y escribe un archivo de modelo (una ficha .json, con los pesos .pt al lado) que los algoritmos profundos de reducción de escala ejecutan mediante su parámetro &lt;b&gt;Archivo de modelo&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Escenas&lt;/b&gt;: una lista de capas de LST gruesas y una lista de capas de NDVI finas de la misma longitud, emparejadas por orden. &lt;b&gt;Capas auxiliares adicionales&lt;/b&gt; (opcionales: un MDE, un albedo, la cobertura del suelo...): el mismo número k para cada escena, dadas escena por escena — las k capas de la escena 1, luego las k capas de la escena 2, y así sucesivamente, siempre en el mismo orden. El modelo espera entonces k capas auxiliares adicionales, en ese orden, cuando se ejecuta. Las capas finas cuyo píxel no es un cuarto del píxel de la LST se remuestrean a ese tamaño.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Receta&lt;/b&gt;: la U-Net residual de Ait-Bachir et al. (2025), autosupervisada como SIF-CNN-SR2 o SR1 (no se necesita LST fina: la salida degradada por la PSF del sensor devuelve la LST gruesa) o supervisada sobre pares degradados como SC-UNet; o SRDA-Net (Ma et al. 2025), que aprende un paso x2 sobre la propia malla de la LST (sus medias por bloques de 2 x 2 como entrada, las capas finas promediadas por bloques sobre esa malla) y lo ejecuta dos veces. Ejecute el resultado con el algoritmo de su arquitectura: &lt;i&gt;SRDA-Net&lt;/i&gt; para la receta SRDA-Net, un algoritmo de U-Net residual para las demás.&lt;/p&gt;&lt;p&gt;Una de cada 8 escenas se reserva para la validación (con una sola escena, su cuarto inferior); se conservan los pesos de la época con la menor pérdida de validación. El registro da las pérdidas de entrenamiento y de validación por época; Cancelar detiene el proceso entre épocas. Las mismas entradas y semilla dan los mismos pesos en el mismo dispositivo.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Residual U-Net, self-supervised (SIF-CNN-SR2 recipe)</source>
      <translation>U-Net residual, autosupervisada (receta SIF-CNN-SR2)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Residual U-Net, self-supervised (SIF-CNN-SR1 recipe)</source>
      <translation>U-Net residual, autosupervisada (receta SIF-CNN-SR1)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Residual U-Net, supervised on degraded pairs (SC-UNet recipe)</source>
      <translation>U-Net residual, supervisada sobre pares degradados (receta SC-UNet)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>SRDA-Net, one x2 step supervised on the LST's own block means, run twice</source>
      <translation>SRDA-Net, un paso x2 supervisado sobre las medias por bloques de la propia LST, ejecutado dos veces</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Coarse LST layers (one per scene)</source>
      <translation>Capas de LST gruesas (una por escena)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Fine NDVI layers (one per scene, in the order of the LST layers)</source>
      <translation>Capas de NDVI finas (una por escena, en el orden de las capas de LST)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Further auxiliary layers (the same number per scene, scene by scene)</source>
      <translation>Capas auxiliares adicionales (el mismo número por escena, escena por escena)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Names of the further auxiliary channels (comma-separated; empty: aux1, aux2...)</source>
      <translation>Nombres de los canales auxiliares adicionales (separados por comas; vacío: aux1, aux2...)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Architecture and training recipe</source>
      <translation>Arquitectura y receta de entrenamiento</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Epochs</source>
      <translation>Épocas</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Patch size (coarse LST pixels)</source>
      <translation>Tamaño de parche (píxeles de LST gruesa)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Batch size (patches per step)</source>
      <translation>Tamaño de lote (parches por paso)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Steps per epoch</source>
      <translation>Pasos por época</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Model file</source>
      <translation>Archivo de modelo</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Model card (*.json)</source>
      <translation>Ficha del modelo (*.json)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>{} coarse LST layers and {} fine NDVI layers were given: give one NDVI layer per LST layer, in the same order.</source>
      <translation>Se dieron {} capas de LST gruesas y {} capas de NDVI finas: indique una capa de NDVI por cada capa de LST, en el mismo orden.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>{} further auxiliary layers were given for {} scenes: give the same number of layers for every scene, scene by scene.</source>
      <translation>Se dieron {} capas auxiliares adicionales para {} escenas: indique el mismo número de capas para cada escena, escena por escena.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>{} scenes read; channels: lst, ndvi{}.</source>
      <translation>{} escenas leídas; canales: lst, ndvi{}.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Wrote the model file {} (weights {}); best validation loss {:.5f}.</source>
      <translation>Se escribió el archivo de modelo {} (pesos {}); mejor pérdida de validación {:.5f}.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/dependencies.py" />
      <source>This algorithm needs the Python package rasterio, which QGIS's Python cannot import. Install the build that uses QGIS's own GDAL, never a pip wheel (it brings a second GDAL into QGIS): on Windows, run the OSGeo4W installer (Advanced install) and add the package 'python3-rasterio'; on Debian or Ubuntu, 'sudo apt install python3-rasterio'; on macOS or any QGIS installed with conda, 'conda install -c conda-forge rasterio' in QGIS's environment. Then restart QGIS.</source>
      <translation>Este algoritmo necesita el paquete de Python rasterio, que el Python de QGIS no puede importar. Instale la versión compilada con el GDAL de QGIS, nunca una rueda de pip (trae un segundo GDAL a QGIS): en Windows, ejecute el instalador OSGeo4W (instalación avanzada) y añada el paquete «python3-rasterio»; en Debian o Ubuntu, «sudo apt install python3-rasterio»; en macOS o en cualquier QGIS instalado con conda, «conda install -c conda-forge rasterio» en el entorno de QGIS. Después reinicie QGIS.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/dependencies.py" />
      <source>This algorithm needs PyTorch, which QGIS's Python cannot import. Install it into that Python, e.g. on Linux: 'python3 -m pip install --user torch' (CPU build: add '--index-url https://download.pytorch.org/whl/cpu'); on Windows, from the OSGeo4W Shell: 'python -m pip install torch'. Then restart QGIS.</source>
      <translation>Este algoritmo necesita PyTorch, que el Python de QGIS no puede importar. Instálelo en ese Python, por ejemplo en Linux: «python3 -m pip install --user torch» (versión para CPU: añada «--index-url https://download.pytorch.org/whl/cpu»); en Windows, desde el OSGeo4W Shell: «python -m pip install torch». Después reinicie QGIS.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/dependencies.py" />
      <source>This algorithm needs scikit-learn, which QGIS's Python cannot import. Install it into that Python: on Debian or Ubuntu, 'sudo apt install python3-sklearn'; on Windows, from the OSGeo4W Shell, 'python -m pip install scikit-learn'; on macOS or any QGIS installed with conda, 'conda install -c conda-forge scikit-learn' in QGIS's environment. Then restart QGIS.</source>
      <translation>Este algoritmo necesita scikit-learn, que el Python de QGIS no puede importar. Instálelo en ese Python: en Debian o Ubuntu, «sudo apt install python3-sklearn»; en Windows, desde el OSGeo4W Shell, «python -m pip install scikit-learn»; en macOS o en cualquier QGIS instalado con conda, «conda install -c conda-forge scikit-learn» en el entorno de QGIS. Después reinicie QGIS.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/provider.py" />
      <source>LST downscaling</source>
      <translation>Reducción de escala de la LST</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/workflows.py" />
      <source>Workflows</source>
      <translation>Flujos de trabajo</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/workflows.py" />
      <source>Edit a Copy in the Model Designer…</source>
      <translation>Editar una copia en el diseñador de modelos…</translation>
    </message>
    <message>
      <source>&lt;p&gt;Runs STARFM (Gao et al. 2006, IEEE TGRS 44(8)), or DLSTFM (after Jin et al. 2026, with its bundled weights and energy correction; needs PyTorch), for every coarse LST layer of a list: one base pair (fine and coarse LST at t1) and many coarse dates give one fine LST GeoTIFF per date in the output folder, named after the coarse layer's file (an existing file of that name is replaced). Progress is reported over the dates; on Cancel or error, the files of this run are removed.&lt;/p&gt;</source>
      <translation type="vanished">&lt;p&gt;Ejecuta STARFM (Gao et al. 2006, IEEE TGRS 44(8)), o DLSTFM (según Jin et al. 2026, con sus pesos incluidos y su corrección de consistencia energética; requiere PyTorch), para cada capa de LST gruesa de una lista: un par base (LST fina y gruesa en t1) y muchas fechas gruesas dan un GeoTIFF de LST fina por fecha en la carpeta de salida, con el nombre del archivo de la capa gruesa (un archivo existente con ese nombre se reemplaza). El progreso se indica sobre el conjunto de fechas; al cancelar o ante un error, se eliminan los archivos de esta ejecución.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>SIF-CNN-SR1 (deep, x4)</source>
      <translation type="vanished">SIF-CNN-SR1 (profundo, x4)</translation>
    </message>
    <message>
      <source>&lt;p&gt;Downscales a coarse LST layer by 4 with a fine NDVI layer using a small residual U-Net, after {}.&lt;/p&gt;&lt;p&gt;The network was trained without any fine-resolution truth: its loss asks that the output, degraded by the sensor's PSF, gives back the coarse LST (weight 0.99) and that its Sobel gradients follow -0.5 times those of the NDVI (weight 0.01). It needs no assumption that the LST-NDVI relation is the same across scales.&lt;/p&gt;&lt;p&gt;Trained on MODIS 1 km -&gt; 250 m; other LST / NDVI pixel-size ratios are handled by resampling the NDVI to a quarter of the LST pixel. Runs on CPU or CUDA, by overlapping tiles blended without seams.&lt;/p&gt;</source>
      <translation type="vanished">&lt;p&gt;Reduce la escala de una capa de LST gruesa por 4 con una capa de NDVI fina mediante una pequeña U-Net residual, según {}.&lt;/p&gt;&lt;p&gt;La red se entrenó sin ninguna verdad de resolución fina: su función de pérdida pide que la salida, degradada por la PSF del sensor, devuelva la LST gruesa (peso 0,99) y que sus gradientes de Sobel sigan -0,5 veces los del NDVI (peso 0,01). No necesita suponer que la relación LST-NDVI es la misma entre escalas.&lt;/p&gt;&lt;p&gt;Entrenada en MODIS de 1 km a 250 m; otras razones de tamaño de píxel LST / NDVI se tratan remuestreando el NDVI a un cuarto del píxel de la LST. Se ejecuta en CPU o CUDA, por teselas solapadas fundidas sin costuras.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Downscales a coarse LST layer by 4 with a fine NDVI layer using a small residual U-Net, after {}.&lt;/p&gt;&lt;p&gt;As SIF-CNN-SR1, trained without fine truth, but the detail term of its loss compares high-pass filtered images (image minus its Gaussian low-pass): the output's high frequencies follow -0.25 times those of the NDVI (weight 0.5 in the released configuration).&lt;/p&gt;&lt;p&gt;Trained on MODIS 1 km -&gt; 250 m; other ratios are handled by resampling the NDVI. Runs on CPU or CUDA, by overlapping tiles blended without seams.&lt;/p&gt;</source>
      <translation type="vanished">&lt;p&gt;Reduce la escala de una capa de LST gruesa por 4 con una capa de NDVI fina mediante una pequeña U-Net residual, según {}.&lt;/p&gt;&lt;p&gt;Como SIF-CNN-SR1, entrenada sin verdad fina, pero el término de detalle de su función de pérdida compara imágenes filtradas paso alto (la imagen menos su paso bajo gaussiano): las altas frecuencias de la salida siguen -0,25 veces las del NDVI (peso 0,5 en la configuración publicada).&lt;/p&gt;&lt;p&gt;Entrenada en MODIS de 1 km a 250 m; otras razones se tratan remuestreando el NDVI. Se ejecuta en CPU o CUDA, por teselas solapadas fundidas sin costuras.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Reads the thermal band of a Landsat 4, 5, 7, 8 or 9 Level-1 scene, given by its *_MTL.txt file, and writes the top-of-atmosphere brightness temperature in kelvin: radiance L = RADIANCE_MULT × DN + RADIANCE_ADD, then T = K2 / ln(K1 / L + 1), with the factors of the MTL (Chander, Markham and Helder 2009, &lt;i&gt;Summary of current radiometric calibration coefficients for Landsat MSS, TM, ETM+, and EO-1 ALI sensors&lt;/i&gt;, Remote Sensing of Environment 113; Landsat 8 Data Users Handbook).&lt;/p&gt;&lt;p&gt;Thermal band: the first is TM B6, ETM+ B6_VCID_1 (low gain) or TIRS B10; the second ETM+ B6_VCID_2 (high gain) or TIRS B11. When the MTL lacks K1/K2, the standard values of the sensor are used (TM 5: 607.76 / 1260.56; ETM+: 666.09 / 1282.71; TIRS B10: 774.8853 / 1321.0789, B11: 480.8883 / 1201.1442); when it lacks RADIANCE_MULT/ADD, they are computed from LMIN/LMAX and QCALMIN/QCALMAX. The log says which.&lt;/p&gt;&lt;p&gt;Fill (DN 0) and the band file's nodata value become nodata; with a QA_PIXEL band (Collection 2), cloud, shadow and snow can be masked. Brightness temperature is not land surface temperature: it has no emissivity or atmospheric correction, and reads a few kelvin colder.&lt;/p&gt;</source>
      <translation type="vanished">&lt;p&gt;Lee la banda térmica de una escena Landsat 4, 5, 7, 8 o 9 de nivel 1, dada por su archivo *_MTL.txt, y escribe la temperatura de brillo en el techo de la atmósfera en kelvin: radiancia L = RADIANCE_MULT × ND + RADIANCE_ADD, luego T = K2 / ln(K1 / L + 1), con los factores del MTL (Chander, Markham y Helder 2009, &lt;i&gt;Summary of current radiometric calibration coefficients for Landsat MSS, TM, ETM+, and EO-1 ALI sensors&lt;/i&gt;, Remote Sensing of Environment 113; Landsat 8 Data Users Handbook).&lt;/p&gt;&lt;p&gt;Banda térmica: la primera es TM B6, ETM+ B6_VCID_1 (ganancia baja) o TIRS B10; la segunda ETM+ B6_VCID_2 (ganancia alta) o TIRS B11. Cuando el MTL no tiene K1/K2, se usan los valores estándar del sensor (TM 5: 607,76 / 1260,56; ETM+: 666,09 / 1282,71; TIRS B10: 774,8853 / 1321,0789, B11: 480,8883 / 1201,1442); cuando no tiene RADIANCE_MULT/ADD, se calculan a partir de LMIN/LMAX y QCALMIN/QCALMAX. El registro indica cuáles.&lt;/p&gt;&lt;p&gt;El relleno (ND 0) y el valor sin datos del archivo de banda pasan a sin datos; con una banda QA_PIXEL (Colección 2), se pueden enmascarar nubes, sombras y nieve. La temperatura de brillo no es la temperatura de superficie: no tiene corrección de emisividad ni atmosférica, y resulta unos kelvin más fría.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>STARFM time series (one base pair, many coarse dates)</source>
      <translation type="vanished">Serie temporal STARFM (un par base, muchas fechas gruesas)</translation>
    </message>
    <message>
      <source>&lt;p&gt;Runs STARFM (Gao et al. 2006, IEEE TGRS 44(8)) for every coarse LST layer of a list: one base pair (fine and coarse LST at t1) and many coarse dates give one fine LST GeoTIFF per date in the output folder, named after the coarse layer's file (an existing file of that name is replaced). Progress is reported over the dates; on Cancel or error, the files of this run are removed.&lt;/p&gt;</source>
      <translation type="vanished">&lt;p&gt;Ejecuta STARFM (Gao et al. 2006, IEEE TGRS 44(8)) para cada capa de LST gruesa de una lista: un par base (LST fina y gruesa en t1) y muchas fechas gruesas dan un GeoTIFF de LST fina por fecha en la carpeta de salida, con el nombre del archivo de la capa gruesa (un archivo existente con ese nombre se reemplaza). El progreso se indica sobre el conjunto de fechas; al cancelar o ante un error, se eliminan los archivos de esta ejecución.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Downscales a coarse LST layer by 4 with a fine NDVI layer using the residual U-Net of {}, trained with full supervision on degraded pairs: the real 1 km MODIS LST degraded to 4 km (and upsampled back) with the NDVI averaged to 1 km as input, the real 1 km LST as target.&lt;/p&gt;&lt;p&gt;Applied at 1 km -&gt; 250 m it assumes that the relation learnt one scale up holds one scale down (scale invariance), the assumption SIF-CNN avoids. Runs on CPU or CUDA, by overlapping tiles blended without seams.&lt;/p&gt;</source>
      <translation type="vanished">&lt;p&gt;Reduce la escala de una capa de LST gruesa por 4 con una capa de NDVI fina mediante la U-Net residual de {}, entrenada con supervisión completa sobre pares degradados: la LST real de MODIS a 1 km degradada a 4 km (y vuelta a ampliar) con el NDVI promediado a 1 km como entrada, la LST real a 1 km como objetivo.&lt;/p&gt;&lt;p&gt;Aplicada de 1 km a 250 m, supone que la relación aprendida una escala por encima vale una escala por debajo (invariancia de escala), el supuesto que SIF-CNN evita. Se ejecuta en CPU o CUDA, por teselas solapadas fundidas sin costuras.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Trains a network that downscales LST by 4 on your own scenes, and writes a model file (a .json card, the .pt weights beside it) that the deep downscaling algorithms run through their &lt;b&gt;Model file&lt;/b&gt; parameter.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Scenes&lt;/b&gt;: a list of coarse LST layers and a list of fine NDVI layers of the same length, paired by order. &lt;b&gt;Further auxiliary layers&lt;/b&gt; (optional: a DEM, an albedo, land cover...): the same number k for every scene, given scene by scene — the k layers of scene 1, then the k layers of scene 2, and so on, always in the same order. The model then expects k further auxiliary layers, in that order, when it runs. Fine layers are resampled to a quarter of the LST pixel when their pixel is not.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Recipe&lt;/b&gt;: the residual U-Net of Ait-Bachir et al. (2025), self-supervised as SIF-CNN-SR2 or SR1 (no fine LST needed: the output degraded by the sensor PSF gives back the coarse LST) or supervised on degraded pairs as SC-UNet.&lt;/p&gt;&lt;p&gt;Every 8th scene is held out for validation (with a single scene, its bottom quarter); the weights of the epoch with the lowest validation loss are kept. The log gives the training and validation losses per epoch; Cancel stops between epochs. The same inputs and seed give the same weights on the same device.&lt;/p&gt;</source>
      <translation type="vanished">&lt;p&gt;Entrena con sus propias escenas una red que reduce la escala de la LST por 4, y escribe un archivo de modelo (una ficha .json, con los pesos .pt al lado) que los algoritmos profundos de reducción de escala ejecutan mediante su parámetro &lt;b&gt;Archivo de modelo&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Escenas&lt;/b&gt;: una lista de capas de LST gruesas y una lista de capas de NDVI finas de la misma longitud, emparejadas por orden. &lt;b&gt;Capas auxiliares adicionales&lt;/b&gt; (opcionales: un MDE, un albedo, la cobertura del suelo...): el mismo número k para cada escena, dadas escena por escena — las k capas de la escena 1, luego las k capas de la escena 2, y así sucesivamente, siempre en el mismo orden. El modelo espera entonces k capas auxiliares adicionales, en ese orden, cuando se ejecuta. Las capas finas cuyo píxel no es un cuarto del píxel de la LST se remuestrean a ese tamaño.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Receta&lt;/b&gt;: la U-Net residual de Ait-Bachir et al. (2025), autosupervisada como SIF-CNN-SR2 o SR1 (no se necesita LST fina: la salida degradada por la PSF del sensor devuelve la LST gruesa) o supervisada sobre pares degradados como SC-UNet.&lt;/p&gt;&lt;p&gt;Una de cada 8 escenas se reserva para la validación (con una sola escena, su cuarto inferior); se conservan los pesos de la época con la menor pérdida de validación. El registro da las pérdidas de entrenamiento y de validación por época; Cancelar detiene el proceso entre épocas. Las mismas entradas y semilla dan los mismos pesos en el mismo dispositivo.&lt;/p&gt;</translation>
    </message>
  </context>
</TS>
