<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>lst_downscaler</name>
    <message>
      <location filename="../lst_downscaler/algorithms/analysis/heat_hot_spots.py" />
      <source>Heat hot spots</source>
      <translation>高温热点</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/analysis/heat_hot_spots.py" />
      <source>&lt;p&gt;Marks the hot spots of a land surface temperature layer, such as a downscaled LST: the pixels strictly above a percentile of the layer's valid pixels (default 90: the hottest tenth of the scene), or above an absolute threshold in the layer's unit (K or °C), which makes dates comparable. The mask holds 1 for hot, 0 for not hot and nodata where the LST is nodata.&lt;/p&gt;&lt;p&gt;With a polygon layer of districts, in any CRS, each district gets the mean and maximum LST of its pixels (fields lst_mean and lst_max, in the layer's unit) and the share of its valid pixels that are hot (hot_share, in %). They come from QGIS's zonal statistics (native:zonalstatisticsfb): a pixel belongs to a district when its centre lies inside it.&lt;/p&gt;</source>
      <translation>&lt;p&gt;标出地表温度（LST）图层（例如降尺度后的地表温度）中的高温热点：严格高于图层有效像元某一百分位数的像元（默认 90：场景中最热的十分之一），或高于以图层单位（K 或 °C）表示的绝对阈值的像元，后者便于不同日期之间的比较。掩膜中 1 表示高温，0 表示非高温，地表温度无数据处为无数据。&lt;/p&gt;&lt;p&gt;若提供区域多边形图层（任意坐标参考系），每个区域将得到其像元的平均和最高地表温度（字段 lst_mean 和 lst_max，单位与图层相同），以及其有效像元中高温像元所占比例（hot_share，%）。这些值来自 QGIS 的分区统计（native:zonalstatisticsfb）：像元中心位于区域内时，该像元属于该区域。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/analysis/heat_hot_spots.py" />
      <source>LST layer</source>
      <translation>地表温度图层</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/analysis/heat_hot_spots.py" />
      <source>Percentile above which a pixel is hot</source>
      <translation>高于此百分位数的像元视为高温</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/analysis/heat_hot_spots.py" />
      <source>Or: absolute threshold, in the layer's unit (empty: the percentile)</source>
      <translation>或：绝对阈值，单位与图层相同（留空：使用百分位数）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/analysis/heat_hot_spots.py" />
      <source>Districts (polygons)</source>
      <translation>区域（多边形）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/analysis/heat_hot_spots.py" />
      <source>Hot spots (1 hot, 0 not)</source>
      <translation>高温热点（1 高温，0 非高温）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/analysis/heat_hot_spots.py" />
      <source>Heat by district</source>
      <translation>各区域热状况</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/analysis/heat_hot_spots.py" />
      <source>Threshold used</source>
      <translation>所用阈值</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/analysis/heat_hot_spots.py" />
      <source>Share of hot pixels (%)</source>
      <translation>高温像元比例 (%)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/analysis/heat_hot_spots.py" />
      <source>The districts layer already has the fields {}, which this algorithm adds: give the districts without them (not the output of an earlier run).</source>
      <translation>区域图层已包含本算法要添加的字段 {}：请提供不含这些字段的区域图层（而不是之前运行的输出）。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/analysis/heat_hot_spots.py" />
      <source>Threshold {:.2f} {}: {} of {} valid pixels are hot ({:.1f} %).</source>
      <translation>阈值 {:.2f} {}：{} 个有效像元中有 {} 个为高温（{:.1f} %）。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Downscaling</source>
      <translation>降尺度</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Input preparation</source>
      <translation>输入准备</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Evaluation</source>
      <translation>评估</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Analysis</source>
      <translation>分析</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Spatiotemporal fusion</source>
      <translation>时空融合</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Training</source>
      <translation>训练</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Auto (CUDA GPU if available, else CPU)</source>
      <translation>自动（有 CUDA GPU 时使用，否则使用 CPU）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>CPU</source>
      <translation>CPU</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>CUDA GPU</source>
      <translation>CUDA GPU</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Device</source>
      <translation>设备</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>CUDA device number</source>
      <translation>CUDA 设备编号</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>None (regression only)</source>
      <translation>无（仅回归）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Block (original method)</source>
      <translation>分块（原始方法）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Smooth, mass-preserving (block means kept exactly)</source>
      <translation>平滑、质量守恒（块均值严格保持）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Cubic interpolation (for sensor LST such as MODIS)</source>
      <translation>三次插值（适用于 MODIS 等传感器的地表温度）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>kelvin (K)</source>
      <translation>开尔文 (K)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>degrees Celsius (°C)</source>
      <translation>摄氏度 (°C)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Output units</source>
      <translation>输出单位</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>{} — {}</source>
      <translation>{} — {}</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>{} band</source>
      <translation>{}波段</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Coarse LST layer</source>
      <translation>粗分辨率地表温度图层</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>LST scale (empty: from the layer's metadata)</source>
      <translation>地表温度缩放系数（留空：取自图层元数据）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>LST offset (empty: from the layer's metadata)</source>
      <translation>地表温度偏移量（留空：取自图层元数据）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>Fine NDVI layer</source>
      <translation>高分辨率 NDVI 图层</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Or: fine reflectance layer (red and NIR bands)</source>
      <translation>或：高分辨率反射率图层（红光和近红外波段）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>Red band</source>
      <translation>红光波段</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>NIR band</source>
      <translation>近红外波段</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>No vegetation input: give a fine NDVI layer, or a reflectance layer with its red and NIR bands.</source>
      <translation>缺少植被输入：请提供高分辨率 NDVI 图层，或带有红光和近红外波段的反射率图层。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Layer '{}' is not a file-based raster (provider '{}'): save it as a GeoTIFF first (Raster &gt; Conversion &gt; Translate).</source>
      <translation>图层“{}”不是基于文件的栅格（数据提供者“{}”）：请先将其另存为 GeoTIFF（栅格 &gt; 转换 &gt; 转换格式）。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Canceled: no output was written.</source>
      <translation>已取消：未写入任何输出。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>GDAL could not read or write a file: {}. A truncated or corrupt input, or an output folder that cannot be written, are the usual causes.</source>
      <translation>GDAL 无法读取或写入文件：{}。常见原因是输入文件被截断或已损坏，或输出文件夹不可写。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/bicubic.py" />
      <source>Bicubic upsampling (baseline)</source>
      <translation>双三次上采样（基准）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/bicubic.py" />
      <source>&lt;p&gt;Interpolates a coarse land surface temperature layer onto the grid of another layer by cubic convolution (Keys 1981), without any auxiliary information. It adds no detail: use it as the reference that a sharpening method has to beat.&lt;/p&gt;&lt;p&gt;The grid layer's pixel size and CRS define the output; fine pixels whose coarse pixel has no LST stay nodata.&lt;/p&gt;</source>
      <translation>&lt;p&gt;在没有任何辅助信息的情况下，用三次卷积（Keys 1981）将粗分辨率地表温度（LST）图层插值到另一图层的格网上。它不增加任何细节：可作为锐化方法必须超越的基准。&lt;/p&gt;&lt;p&gt;格网图层的像元大小和坐标参考系决定输出；其粗像元没有地表温度的细像元保持为无数据。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/bicubic.py" />
      <source>Layer defining the output grid</source>
      <translation>定义输出格网的图层</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/bicubic.py" />
      <source>Upsampled LST</source>
      <translation>上采样后的地表温度</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <source>Linear in fractional cover (TsHARP)</source>
      <translation>对植被覆盖度线性（TsHARP）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <source>Quadratic in NDVI (DisTrad)</source>
      <translation>对 NDVI 二次（DisTrad）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <source>Linear in NDVI</source>
      <translation>对 NDVI 线性</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>Residual correction</source>
      <translation>残差校正</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>Scale factor (0: LST pixel size / output pixel size)</source>
      <translation>尺度因子（0：地表温度像元大小 / 输出像元大小）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <source>Output resolution (0: that of the NDVI layer)</source>
      <translation>输出分辨率（0：与 NDVI 图层相同）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <source>Regression</source>
      <translation>回归</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <source>Fractional cover exponent</source>
      <translation>植被覆盖度指数</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <source>NDVI of bare soil (empty: 1st percentile)</source>
      <translation>裸土 NDVI（留空：第 1 百分位数）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <source>NDVI of full cover (empty: 99th percentile)</source>
      <translation>全覆盖 NDVI（留空：第 99 百分位数）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <source>Homogeneous pixels fitted: lowest-CV percentage per NDVI class</source>
      <translation>参与拟合的均质像元：每个 NDVI 类别中变异系数最低的百分比</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <source>Maximum NDVI coefficient of variation (empty: no limit)</source>
      <translation>NDVI 最大变异系数（留空：不限制）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <source>Detail gain (empty: fitted on the scene; 1: classic)</source>
      <translation>细节增益（留空：按场景拟合；1：经典方法）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>Downscaled LST</source>
      <translation>降尺度后的地表温度</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <source>Scale factor {}; regression coefficients {} fitted on {} coarse pixels (R² {:.3f}); NDVI range {:.3f} to {:.3f}; detail gain {:.3f}.</source>
      <translation>尺度因子 {}；回归系数 {}，基于 {} 个粗像元拟合（R² {:.3f}）；NDVI 范围 {:.3f} 至 {:.3f}；细节增益 {:.3f}。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>Energy conservation: block means of the output differ from the coarse LST by {:.4f} K on average, {:.4f} K at most.</source>
      <translation>能量守恒：输出的块均值与粗分辨率地表温度平均相差 {:.4f} K，最大相差 {:.4f} K。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <location filename="../lst_downscaler/algorithms/fusion/dlstfm.py" />
      <source>&lt;p&gt;The weights of this model are missing from the plugin.&lt;/p&gt;</source>
      <translation>&lt;p&gt;插件中缺少此模型的权重。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source> Against ASTER on 56 MODIS scenes: RMSE {rmse:.2f} K (bicubic {bicubic_rmse:.2f} K).</source>
      <translation> 在 56 个 MODIS 场景上与 ASTER 对比：RMSE {rmse:.2f} K（双三次 {bicubic_rmse:.2f} K）。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>&lt;p&gt;Bundled weights: {} parameters, trained with &lt;code&gt;{}&lt;/code&gt;.{}&lt;/p&gt;</source>
      <translation>&lt;p&gt;内置权重：{} 个参数，使用 &lt;code&gt;{}&lt;/code&gt; 训练。{}&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>&lt;p&gt;&lt;b&gt;Model file&lt;/b&gt;: a model written by &lt;i&gt;Train a downscaling network&lt;/i&gt; (its .json card, with the .pt weights beside it) runs instead of the bundled weights, after its card is checked (architecture, weights checksum). When its card lists further auxiliary channels (a DEM, an albedo...), give one layer per channel in &lt;b&gt;Further auxiliary layers&lt;/b&gt;, in the card's order.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;模型文件&lt;/b&gt;：由&lt;i&gt;训练降尺度网络&lt;/i&gt;写出的模型（其 .json 模型卡，旁边是 .pt 权重）在其模型卡通过检查（架构、权重校验和）后代替内置权重运行。若其模型卡列出了附加辅助通道（DEM、反照率……），请在&lt;b&gt;附加辅助图层&lt;/b&gt;中按模型卡的顺序为每个通道提供一个图层。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>Further auxiliary layers (in the order the model file's card lists them)</source>
      <translation>附加辅助图层（按模型文件的模型卡所列顺序）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>Model file (empty: bundled)</source>
      <translation>模型文件（留空：使用内置模型）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <location filename="../lst_downscaler/algorithms/fusion/dlstfm.py" />
      <source>CPU threads (0: PyTorch's default)</source>
      <translation>CPU 线程数（0：PyTorch 默认值）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>Half precision on CUDA</source>
      <translation>在 CUDA 上使用半精度</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <location filename="../lst_downscaler/algorithms/fusion/dlstfm.py" />
      <source>Tile size (pixels, multiple of 8)</source>
      <translation>分块大小（像元，8 的倍数）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>Tiles per batch</source>
      <translation>每批分块数</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>Per-scene adaptation steps (0: off)</source>
      <translation>逐场景自适应步数（0：关闭）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>Random seed of the adaptation</source>
      <translation>自适应的随机种子</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>Model file {}: {} ({}), channels {}.</source>
      <translation>模型文件 {}：{}（{}），通道 {}。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>The model {} takes {} further auxiliary layer(s) ({}), in this order; {} were given. Give the layers its card lists, or another model file.</source>
      <translation>模型 {} 需要 {} 个附加辅助图层（{}），且按此顺序；但提供了 {} 个。请提供其模型卡所列的图层，或使用其他模型文件。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>Further auxiliary layer '{}' is used as the model's channel '{}' ({}).</source>
      <translation>附加辅助图层“{}”用作模型的通道“{}”（{}）。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>Ran on {}; scale factor {}; output pixel {:.4g}.</source>
      <translation>运行于 {}；尺度因子 {}；输出像元 {:.4g}。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>The LST / NDVI pixel-size ratio is not the model's factor: the NDVI was resampled to 1/{} of the LST pixel size, which is the output resolution.</source>
      <translation>地表温度 / NDVI 的像元大小之比不是模型的因子：NDVI 已被重采样为地表温度像元大小的 1/{}，即输出分辨率。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/distrad.py" />
      <source>DisTrad (NDVI-based disaggregation of temperature)</source>
      <translation>DisTrad（基于 NDVI 的温度分解）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/distrad.py" />
      <source>&lt;p&gt;Disaggregates a coarse land surface temperature (LST) layer with a fine NDVI layer, after Kustas, Norman, Anderson and French (2003), &lt;i&gt;Estimating subpixel surface temperatures and energy fluxes from the vegetation index-radiometric temperature relationship&lt;/i&gt;, Remote Sensing of Environment 85.&lt;/p&gt;&lt;p&gt;A quadratic regression LST = a + b·NDVI + c·NDVI² is fitted on the most homogeneous coarse pixels: the 25 % with the lowest coefficient of variation of the fine NDVI in each of three NDVI classes (&amp;lt;0.2, 0.2-0.5, &amp;gt;0.5). It is applied to the fine NDVI and the coarse residual is added back so that each coarse pixel keeps its temperature.&lt;/p&gt;&lt;p&gt;Assumptions: LST varies with vegetation alone, with one relation over the scene; water, snow and relief break it. The LST must be in kelvin; any CRS and resolution, the NDVI layer defines the output grid.&lt;/p&gt;&lt;p&gt;Defaults, chosen on 56 MODIS/ASTER pairs and checked on Landsat closed loops: a cubic residual, a detail gain fitted on the scene and water (NDVI &amp;lt; 0) as a class of its own. When the LST is a true block aggregate, choose the smooth mass-preserving residual. Set the gain to 1 and the residual to Block for the original method.&lt;/p&gt;</source>
      <translation>&lt;p&gt;按照 Kustas、Norman、Anderson 和 French（2003）（&lt;i&gt;Estimating subpixel surface temperatures and energy fluxes from the vegetation index-radiometric temperature relationship&lt;/i&gt;，Remote Sensing of Environment 85），用高分辨率 NDVI 图层分解粗分辨率地表温度（LST）图层。&lt;/p&gt;&lt;p&gt;在最均质的粗像元上拟合二次回归 LST = a + b·NDVI + c·NDVI²：即在三个 NDVI 类别（&amp;lt;0.2、0.2-0.5、&amp;gt;0.5）中，高分辨率 NDVI 变异系数最低的 25 %。回归应用于高分辨率 NDVI，并加回粗像元残差，使每个粗像元保持其温度。&lt;/p&gt;&lt;p&gt;假设：地表温度仅随植被变化，且整个场景只有一种关系；水体、积雪和地形会破坏这一假设。地表温度必须为开尔文；坐标参考系和分辨率不限，由 NDVI 图层定义输出格网。&lt;/p&gt;&lt;p&gt;默认值基于 56 对 MODIS/ASTER 数据选定，并在 Landsat 闭环实验中验证：三次插值残差、按场景拟合的细节增益，并将水体（NDVI &amp;lt; 0）作为单独的类别。若地表温度是真正的分块聚合值，请选择平滑、质量守恒的残差。若要使用原始方法，请将增益设为 1，残差设为“分块”。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>DMS (Data Mining Sharpener)</source>
      <translation>DMS（基于数据挖掘的锐化）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>&lt;p&gt;Sharpens a coarse land surface temperature (LST) layer with any number of fine predictor layers, after Gao, Kustas and Anderson (2012), &lt;i&gt;A data mining approach for sharpening thermal satellite imagery over land&lt;/i&gt;, Remote Sensing 4.&lt;/p&gt;&lt;p&gt;The predictors are block-averaged onto the coarse grid. The coarse pixels are the samples, weighted by 1/CV, the inverse of the coefficient of variation of the fine predictors inside them (optionally only the most homogeneous are kept). An ensemble of regression trees with a linear regression in each leaf learns the LST from the predictors, over the whole scene and in moving windows, whose predictions are blended with the global one by the inverse of their squared residuals (where a window has too few samples, the global model is used; window size 0: global model only). The model is applied to the fine predictors; the fine prediction is aggregated in radiance (T⁴) space and the coarse residual is added back.&lt;/p&gt;&lt;p&gt;Predictors: the vegetation input of the other sharpeners (an NDVI layer, or NDVI computed from the red and NIR bands of a reflectance layer, in which case every band of that layer is a predictor too, as in the paper), and every band of each further layer (a DEM, albedo, other indices...). The first of them defines the output grid. Predictors are used as they are: trees need no scaling.&lt;/p&gt;&lt;p&gt;Defaults, chosen on the MODIS (4 km to 1 km, 56 pairs) and Landsat (300 m to 30 m) closed loops, never on ASTER, which only evaluates: 20 trees, at least 40 samples per leaf, every coarse pixel (the paper keeps only the most homogeneous: lower the percentage), local windows of 8 x 8 coarse pixels (enlarged on large scenes so that there are at most 256), a detail gain fitted on the scene as for TsHARP (the fine texture weighted by the relation between LST and prediction one octave above the output scale; 1 is the original method), and a cubic residual like the other sharpeners (choose the smooth, mass-preserving residual when the LST is a true block aggregate). The LST must be in kelvin. With more than one predictor band it needs the Python package scikit-learn (with an NDVI layer alone it does not).&lt;/p&gt;</source>
      <translation>&lt;p&gt;按照 Gao、Kustas 和 Anderson（2012）（&lt;i&gt;A data mining approach for sharpening thermal satellite imagery over land&lt;/i&gt;，Remote Sensing 4），用任意数量的高分辨率预测变量图层锐化粗分辨率地表温度（LST）图层。&lt;/p&gt;&lt;p&gt;预测变量按块平均到粗格网上。以粗像元为样本，按 1/CV 加权，即其内部高分辨率预测变量变异系数的倒数（可选择只保留最均质的像元）。由每个叶节点含一个线性回归的回归树集成从预测变量学习地表温度，既在整个场景上学习，也在移动窗口中学习；各窗口的预测按其残差平方的倒数与全局预测融合（若窗口中样本过少，则使用全局模型；窗口大小为 0：仅使用全局模型）。模型应用于高分辨率预测变量；高分辨率预测在辐亮度（T⁴）空间中聚合，并加回粗像元残差。&lt;/p&gt;&lt;p&gt;预测变量：其他锐化方法的植被输入（NDVI 图层，或由反射率图层的红光和近红外波段计算的 NDVI，此时该图层的每个波段也都是预测变量，与原论文相同），以及每个附加图层的每个波段（DEM、反照率、其他指数……）。其中第一个定义输出格网。预测变量按原样使用：回归树不需要缩放。&lt;/p&gt;&lt;p&gt;默认值基于 MODIS（4 km 到 1 km，56 对）和 Landsat（300 m 到 30 m）闭环实验选定，从不基于仅用于评估的 ASTER：20 棵树，每个叶节点至少 40 个样本，使用全部粗像元（原论文只保留最均质的像元：请降低该百分比），8 x 8 个粗像元的局部窗口（在大场景上会扩大，使窗口数不超过 256 个），与 TsHARP 相同的按场景拟合的细节增益（按在输出尺度上一倍频程处地表温度与预测之间的关系对高分辨率纹理加权；1 为原始方法），以及与其他锐化方法相同的三次插值残差（若地表温度是真正的分块聚合值，请选择平滑、质量守恒的残差）。地表温度必须为开尔文。预测波段多于一个时需要 Python 包 scikit-learn（仅使用 NDVI 图层时不需要）。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>Further fine predictor layers (every band is used)</source>
      <translation>附加高分辨率预测变量图层（使用所有波段）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>Output resolution (0: that of the first predictor layer)</source>
      <translation>输出分辨率（0：与第一个预测变量图层相同）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>Number of trees (bagging)</source>
      <translation>树的数量（bagging）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>Minimum samples per leaf</source>
      <translation>每个叶节点的最少样本数</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>Homogeneous coarse pixels used: lowest-CV percentage</source>
      <translation>使用的均质粗像元：变异系数最低的百分比</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>Local window size in coarse pixels (0: global model only)</source>
      <translation>局部窗口大小，以粗像元计（0：仅使用全局模型）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>Detail gain (empty: fitted on the scene; 1: original)</source>
      <translation>细节增益（留空：按场景拟合；1：原始方法）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Random seed</source>
      <translation>随机种子</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>No predictor: give a fine NDVI layer, a reflectance layer, or further predictor layers.</source>
      <translation>缺少预测变量：请提供高分辨率 NDVI 图层、反射率图层或附加预测变量图层。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>{} predictor bands: DMS needs the Python package scikit-learn for more than one (with an NDVI layer alone it does not).</source>
      <translation>{} 个预测波段：多于一个时 DMS 需要 Python 包 scikit-learn（仅使用 NDVI 图层时不需要）。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>Scale factor {}; {} predictor band(s); {} trees trained on {} coarse pixels (weighted R² {:.3f}); {} local model(s) in {} window(s) of {} coarse pixels; detail gain {:.3f}.</source>
      <translation>尺度因子 {}；{} 个预测变量波段；{} 棵树，基于 {} 个粗像元训练（加权 R² {:.3f}）；{} 个局部模型，分布于 {} 个窗口（窗口大小 {} 个粗像元）；细节增益 {:.3f}。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source>Progressive self-training (deep, Landsat to 30 m)</source>
      <translation>渐进式自训练（深度学习，Landsat 至 30 m）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source>&lt;p&gt;Downscales a Landsat thermal layer (surface temperature or brightness temperature, in kelvin) to the 30 m grid of a reflectance layer, after {}. No fine LST is needed.&lt;/p&gt;&lt;p&gt;A thermal layer delivered at 30 m is first brought back to the band's native resolution (&lt;b&gt;Native resolution&lt;/b&gt;: Landsat 8/9 TIRS 100 m, Landsat 4/5 TM 120 m, Landsat 7 ETM+ 60 m) by energy-conserving block means of T&lt;sup&gt;4&lt;/sup&gt;; a coarser layer is used as it is. A cross-modal network (a thermal branch for the LST, an optical branch for the six reflectance bands, NDVI, NDBI and MNDWI, a gate that decides where optical detail passes) then runs in three stages: stage 0, the bundled weights, learnt to bring the LST back from 2, 3 and 4 times coarser; stage 1 predicts 30 m pseudo-labels, corrects each so that its T&lt;sup&gt;4&lt;/sup&gt; block means equal the observed LST, and fine-tunes the network on them with a consistency loss against the observed LST; stage 2 repeats with fresh pseudo-labels and drops the pixels whose correction was large. The output is corrected the same way: its T&lt;sup&gt;4&lt;/sup&gt; block means equal the observed LST (within 0.05 K).&lt;/p&gt;&lt;p&gt;The fine-tuning samples random crops: its time grows with &lt;b&gt;Fine-tuning steps per stage&lt;/b&gt;, not with the scene size (0: stage 0 alone). Seeded: the same inputs and seed give the same output on the same device. The scene waits in temporary files (about 44 bytes per 30 m pixel of disk: 2.7 GB for a full 7800 x 7800 scene), so memory holds a row of the network's tiles, not the scene.&lt;/p&gt;&lt;p&gt;Reflectance: surface reflectance (the reflectance output of &lt;i&gt;Prepare Landsat Collection 2 Level-2 scene&lt;/i&gt;) or top-of-atmosphere reflectance (&lt;i&gt;Prepare Landsat Level-1 thermal band&lt;/i&gt;), 0-1, with the band of each role chosen below. &lt;b&gt;Stage-0 model file&lt;/b&gt;: a stage 0 trained with &lt;code&gt;python -m lst_downscaler.training --model progressive_landsat&lt;/code&gt; on other scenes (its .json card, the .pt weights beside it).&lt;/p&gt;</source>
      <translation>&lt;p&gt;按照 {}，将 Landsat 热红外图层（地表温度或亮度温度，单位为开尔文）降尺度到反射率图层的 30 m 格网上。无需高分辨率地表温度。&lt;/p&gt;&lt;p&gt;以 30 m 提供的热红外图层首先恢复到该波段的原始分辨率（&lt;b&gt;原始分辨率&lt;/b&gt;：Landsat 8/9 TIRS 100 m，Landsat 4/5 TM 120 m，Landsat 7 ETM+ 60 m），方法是计算 T&lt;sup&gt;4&lt;/sup&gt; 的能量守恒块均值；更粗的图层按原样使用。随后，一个跨模态网络（地表温度的热红外分支；六个反射率波段及 NDVI、NDBI 和 MNDWI 的光学分支；以及决定光学细节在何处通过的门控单元）分三个阶段运行：阶段 0 即内置权重，学习从粗 2、3 和 4 倍的数据中恢复地表温度；阶段 1 预测 30 m 伪标签，对每个伪标签进行校正，使其 T&lt;sup&gt;4&lt;/sup&gt; 块均值等于观测地表温度，并用这些伪标签微调网络，同时使用与观测地表温度的一致性损失；阶段 2 用新的伪标签重复这一过程，并剔除校正量较大的像元。输出以同样方式校正：其 T&lt;sup&gt;4&lt;/sup&gt; 块均值等于观测地表温度（误差在 0.05 K 以内）。&lt;/p&gt;&lt;p&gt;微调对随机裁剪块进行采样：其耗时随&lt;b&gt;每阶段微调步数&lt;/b&gt;增长，而与场景大小无关（0：仅阶段 0）。结果可复现：相同的输入和随机种子在同一设备上得到相同的输出。场景暂存在临时文件中（每个 30 m 像元约占 44 字节磁盘：完整的 7800 x 7800 场景需要 2.7 GB），因此内存只保存网络的一行瓦片，而不是整个场景。&lt;/p&gt;&lt;p&gt;反射率：地表反射率（&lt;i&gt;准备 Landsat Collection 2 的 2 级场景&lt;/i&gt;的反射率输出）或大气顶层反射率（&lt;i&gt;准备 Landsat 1 级热红外波段&lt;/i&gt;），0-1，各用途的波段在下方选择。&lt;b&gt;阶段 0 模型文件&lt;/b&gt;：在其他场景上用 &lt;code&gt;python -m lst_downscaler.training --model progressive_landsat&lt;/code&gt; 训练的阶段 0（其 .json 模型卡，旁边是 .pt 权重）。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source>&lt;p&gt;Bundled stage 0: {} parameters, trained on {}. Command: &lt;code&gt;{}&lt;/code&gt;.</source>
      <translation>&lt;p&gt;内置阶段 0：{} 个参数，在 {} 上训练。命令：&lt;code&gt;{}&lt;/code&gt;。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source> Closed loop 300 m -&gt; 30 m compared at 90 m, each scene with the weights of the other scenes: RMSE {:.2f} of bicubic's on average ({}).</source>
      <translation> 闭环 300 m -&gt; 30 m，在 90 m 上比较，每个场景使用由其他场景训练的权重：RMSE 平均为双三次的 {:.2f} 倍（{}）。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source>Landsat thermal layer (K)</source>
      <translation>Landsat 热红外图层 (K)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source>Reflectance layer, 30 m (0-1)</source>
      <translation>反射率图层，30 m（0-1）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>Blue band</source>
      <translation>蓝光波段</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>Green band</source>
      <translation>绿光波段</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>SWIR 1 band</source>
      <translation>短波红外 1 波段</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>SWIR 2 band</source>
      <translation>短波红外 2 波段</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source>NDVI layer (empty: from red and NIR)</source>
      <translation>NDVI 图层（留空：由红光和近红外计算）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source>Native resolution of the thermal band (m), when the layer is delivered on the reflectance grid</source>
      <translation>热红外波段的原始分辨率 (m)，用于以反射率格网提供的图层</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source>Fine-tuning steps per stage (0: stage 0 alone)</source>
      <translation>每阶段微调步数（0：仅阶段 0）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source>Random seed of the fine-tuning</source>
      <translation>微调的随机种子</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source>Stage-0 model file (empty: bundled)</source>
      <translation>阶段 0 模型文件（留空：使用内置模型）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source>Downscaled LST (30 m)</source>
      <translation>降尺度后的地表温度（30 m）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source>The thermal layer was on the reflectance grid: brought to its native resolution ({} x {} pixels).</source>
      <translation>热红外图层位于反射率格网上：已恢复到其原始分辨率（{} x {} 个像元）。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source>Ran on {}; scale factor {}; fine-tuning {:.1f} s; largest block energy error against the observed LST: {:.3f} K.</source>
      <translation>运行于 {}；尺度因子 {}；微调 {:.1f} s；相对于观测地表温度的最大块能量误差：{:.3f} K。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/sc_unet.py" />
      <source>SC-UNet (deep, x4, scale-invariance baseline)</source>
      <translation>SC-UNet（深度学习，×4，尺度不变性基准）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/sc_unet.py" />
      <source>&lt;p&gt;Downscales a coarse LST layer by 4 with a fine NDVI layer using the residual U-Net of {}, trained with full supervision on degraded pairs: the 4 x 4 block means of the real 1 km MODIS LST (upsampled back) with the NDVI averaged to 1 km as input, the real 1 km LST as target. Block means, not the sensor's Gaussian PSF: a network that learns to undo that blur sharpens real, far less blurred, 1 km LST into artefacts.&lt;/p&gt;&lt;p&gt;Applied at 1 km -&gt; 250 m it assumes that the relation learnt one scale up holds one scale down (scale invariance), the assumption SIF-CNN avoids. Runs on CPU or CUDA, by overlapping tiles blended without seams.&lt;/p&gt;</source>
      <translation>&lt;p&gt;使用 {} 中的残差 U-Net，结合高分辨率 NDVI 图层将粗分辨率地表温度图层降尺度 4 倍；该网络在退化样本对上以全监督方式训练：以真实 1 km MODIS 地表温度的 4 x 4 块均值（再上采样回来）和平均到 1 km 的 NDVI 作为输入，以真实 1 km 地表温度作为目标。采用块均值而非传感器的高斯点扩散函数：学会去除这种模糊的网络，会把模糊程度低得多的真实 1 km 地表温度锐化出伪影。&lt;/p&gt;&lt;p&gt;用于 1 km -&gt; 250 m 时，它假设在上一尺度学到的关系在下一尺度依然成立（尺度不变性），而 SIF-CNN 避免了这一假设。可在 CPU 或 CUDA 上运行，按重叠分块处理并无缝融合。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/sif_cnn.py" />
      <source>SIF-CNN-SR2 (deep, x4)</source>
      <translation>SIF-CNN-SR2（深度学习，×4）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/sif_cnn.py" />
      <source>&lt;p&gt;Downscales a coarse LST layer by 4 with a fine NDVI layer using a small residual U-Net, after {}.&lt;/p&gt;&lt;p&gt;The network was trained without any fine-resolution truth: its loss asks that the output, degraded by the sensor's PSF, gives back the coarse LST, and that its high frequencies (the image minus its Gaussian low-pass) follow -0.25 times those of the NDVI (weight 0.5 each, the released configuration). It needs no assumption that the LST-NDVI relation is the same across scales.&lt;/p&gt;&lt;p&gt;The paper's other variant, SIF-CNN-SR1 (Sobel gradients), is not offered: trained here, it made maps worse than bicubic upsampling against ASTER in every configuration measured. Its recipe remains in &lt;i&gt;Train a downscaling network&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Trained on MODIS 1 km -&gt; 250 m; other LST / NDVI pixel-size ratios are handled by resampling the NDVI to a quarter of the LST pixel. Runs on CPU or CUDA, by overlapping tiles blended without seams.&lt;/p&gt;</source>
      <translation>&lt;p&gt;参照 {}，使用一个小型残差 U-Net，借助精细 NDVI 图层将粗分辨率 LST 图层降尺度 4 倍。&lt;/p&gt;&lt;p&gt;该网络在没有任何精细分辨率真值的情况下训练：其损失函数要求输出经传感器 PSF 退化后还原粗分辨率 LST，并要求其高频部分（图像减去其高斯低通）等于 NDVI 高频部分的 -0.25 倍（两项权重各 0.5，即发布的配置）。它不假设 LST-NDVI 关系在不同尺度间相同。&lt;/p&gt;&lt;p&gt;论文的另一变体 SIF-CNN-SR1（Sobel 梯度）未提供：在此训练后，在所有测得的配置中，其结果对照 ASTER 均不如双三次重采样。其训练方案仍可在&lt;i&gt;训练降尺度网络&lt;/i&gt;中使用。&lt;/p&gt;&lt;p&gt;在 MODIS 1 km -&gt; 250 m 上训练；其他 LST / NDVI 像元大小比例通过将 NDVI 重采样到 LST 像元的四分之一来处理。可在 CPU 或 CUDA 上运行，按重叠分块无缝融合。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/srda_net.py" />
      <source>SRDA-Net (deep, x2 twice: 1 km -&gt; 500 m -&gt; 250 m)</source>
      <translation>SRDA-Net（深度学习，两次 ×2：1 km -&gt; 500 m -&gt; 250 m）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/srda_net.py" />
      <source>&lt;p&gt;Downscales a coarse LST layer by 4 in two x2 steps (MODIS 1 km -&gt; 500 m -&gt; 250 m) with a fine NDVI layer (or red and NIR reflectance) and any further auxiliary layers, after {}. Each step runs the same network on its own grid: the LST of the step before, bicubic-upsampled, and the auxiliary layers block-averaged onto the step's grid; cross-attention of the LST over the auxiliary features (GCA), multi-scale depthwise convolutions with channel attention (MSCA), residual refinement (MFRM) and a pixel-shuffle x2 tail correct the bicubic LST.&lt;/p&gt;&lt;p&gt;The bundled weights take the NDVI only: they learnt a real 2 km -&gt; 1 km closed loop (the 2 x 2 block means of the 1 km MODIS LST as input, the 1 km LST as target) on MODIS patches of 2020, and are applied one and two scales down. A model trained with &lt;i&gt;Train a downscaling network&lt;/i&gt; (SRDA-Net recipe) on your own layers, e.g. with a DEM or an albedo, runs through &lt;b&gt;Model file&lt;/b&gt; and &lt;b&gt;Further auxiliary layers&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Other LST / NDVI pixel-size ratios than 4 are handled by resampling the NDVI to a quarter of the LST pixel. Runs on CPU or CUDA, by overlapping tiles blended without seams.&lt;/p&gt;</source>
      <translation>&lt;p&gt;按照 {}，结合高分辨率 NDVI 图层（或红光和近红外反射率）以及任意附加辅助图层，分两个 ×2 步骤（MODIS 1 km -&gt; 500 m -&gt; 250 m）将粗分辨率地表温度图层降尺度 4 倍。每一步都在各自的格网上运行同一个网络：输入为上一步经双三次上采样的地表温度，以及按块平均到该步格网上的辅助图层；由地表温度对辅助特征的交叉注意力（GCA）、带通道注意力的多尺度逐通道（depthwise）卷积（MSCA）、残差精化（MFRM）和 pixel-shuffle ×2 尾部校正双三次地表温度。&lt;/p&gt;&lt;p&gt;内置权重仅使用 NDVI：它们在 2020 年的 MODIS 图像块上学习了真实的 2 km -&gt; 1 km 闭环（以 1 km MODIS 地表温度的 2 x 2 块均值作为输入，以 1 km 地表温度作为目标），并应用于下一尺度和再下一尺度。用&lt;i&gt;训练降尺度网络&lt;/i&gt;（SRDA-Net 方案）在您自己的图层上（例如加入 DEM 或反照率）训练的模型，可通过&lt;b&gt;模型文件&lt;/b&gt;和&lt;b&gt;附加辅助图层&lt;/b&gt;运行。&lt;/p&gt;&lt;p&gt;地表温度 / NDVI 像元大小之比不为 4 时，通过将 NDVI 重采样为地表温度像元的四分之一来处理。可在 CPU 或 CUDA 上运行，按重叠分块处理并无缝融合。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/tsharp.py" />
      <source>TsHARP (NDVI-based thermal sharpening)</source>
      <translation>TsHARP（基于 NDVI 的热红外锐化）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/tsharp.py" />
      <source>&lt;p&gt;Sharpens a coarse land surface temperature (LST) layer with a fine NDVI layer, after Agam, Kustas, Anderson, Li and Neale (2007), &lt;i&gt;A vegetation index based technique for spatial sharpening of thermal imagery&lt;/i&gt;, Remote Sensing of Environment 107.&lt;/p&gt;&lt;p&gt;The fractional vegetation cover fc = 1 - ((NDVImax - NDVI) / (NDVImax - NDVImin))^0.625 is computed at the fine scale; a linear regression LST = a + b·fc is fitted on the coarse pixels (cold outliers such as cloud are dropped) and applied to the fine fc; the coarse residual is added back so that each coarse pixel keeps its temperature.&lt;/p&gt;&lt;p&gt;Assumptions: LST varies with vegetation cover alone, with one relation over the scene; water, snow and relief break it. The LST must be in kelvin (set its scale and offset if the layer holds raw numbers); any CRS and resolution, the NDVI layer defines the output grid.&lt;/p&gt;&lt;p&gt;Defaults, chosen on 56 MODIS/ASTER pairs and checked on Landsat closed loops: a cubic residual instead of the original blocks, a detail gain fitted on the scene, which weighs the NDVI texture by the LST-NDVI relation observed one octave above the output scale, and water (NDVI &amp;lt; 0) as a class of its own. When the LST is a true block aggregate, choose the smooth mass-preserving residual. Set the gain to 1 and the residual to Block for the original method.&lt;/p&gt;</source>
      <translation>&lt;p&gt;按照 Agam、Kustas、Anderson、Li 和 Neale（2007）（&lt;i&gt;A vegetation index based technique for spatial sharpening of thermal imagery&lt;/i&gt;，Remote Sensing of Environment 107），用高分辨率 NDVI 图层锐化粗分辨率地表温度（LST）图层。&lt;/p&gt;&lt;p&gt;在高分辨率尺度上计算植被覆盖度 fc = 1 - ((NDVImax - NDVI) / (NDVImax - NDVImin))^0.625；在粗像元上拟合线性回归 LST = a + b·fc（剔除云等低温异常值），并应用于高分辨率 fc；再加回粗像元残差，使每个粗像元保持其温度。&lt;/p&gt;&lt;p&gt;假设：地表温度仅随植被覆盖度变化，且整个场景只有一种关系；水体、积雪和地形会破坏这一假设。地表温度必须为开尔文（若图层存储的是原始数值，请设置其缩放系数和偏移量）；坐标参考系和分辨率不限，由 NDVI 图层定义输出格网。&lt;/p&gt;&lt;p&gt;默认值基于 56 对 MODIS/ASTER 数据选定，并在 Landsat 闭环实验中验证：用三次插值残差代替原始的分块残差；使用按场景拟合的细节增益，即按在输出尺度上一倍频程处观测到的地表温度-NDVI 关系对 NDVI 纹理加权；并将水体（NDVI &amp;lt; 0）作为单独的类别。若地表温度是真正的分块聚合值，请选择平滑、质量守恒的残差。若要使用原始方法，请将增益设为 1，残差设为“分块”。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/base.py" />
      <source>{} scale (empty: from the layer's metadata)</source>
      <translation>{}缩放系数（留空：取自图层元数据）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/base.py" />
      <source>{} offset (empty: from the layer's metadata)</source>
      <translation>{}偏移量（留空：取自图层元数据）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/base.py" />
      <source>Error, prediction - reference (K)</source>
      <translation>误差，预测 - 参考 (K)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/base.py" />
      <source>Report (HTML, or JSON with a .json extension)</source>
      <translation>报告（HTML，或扩展名为 .json 时为 JSON）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/base.py" />
      <source>HTML files (*.html);;JSON files (*.json)</source>
      <translation>HTML 文件 (*.html);;JSON 文件 (*.json)</translation>
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
      <translation>偏差 (K)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/base.py" />
      <source>Unbiased RMSE (K)</source>
      <translation>无偏 RMSE (K)</translation>
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
      <translation>RMSE {rmse:.3f} K，MAE {mae:.3f} K，偏差 {bias:+.3f} K，无偏 RMSE {ubrmse:.3f} K，R² {r2:.3f}，SSIM {ssim:.3f}</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/base.py" />
      <source>, ERGAS {:.3f}</source>
      <translation>，ERGAS {:.3f}</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/base.py" />
      <source> ({} pixels)</source>
      <translation>（{} 个像元）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>Closed-loop evaluation of a downscaling algorithm</source>
      <translation>降尺度算法的闭环评估</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>&lt;p&gt;Measures how well a downscaling algorithm of this provider recovers a known fine land surface temperature (LST), after the protocol of Wald, Ranchin and Mangolini (1997), &lt;i&gt;Fusion of satellite images of different spatial resolutions: assessing the quality of resulting images&lt;/i&gt;, PE&amp;amp;RS 63(6).&lt;/p&gt;&lt;p&gt;The fine reference LST is aggregated by the scale factor, as a coarser sensor would see it: energy-conserving block mean of T⁴, or a Gaussian PSF (MTF 0.1 at Nyquist) in T⁴ followed by decimation, the degradation of Ait-Bachir et al. (2025). The coarse LST is written to a temporary GeoTIFF on the reference grid scaled by the factor, downscaled back with the chosen algorithm and its default settings, with the fine auxiliary layers given here, and compared with the reference: RMSE, MAE, bias, unbiased RMSE, R², SSIM and ERGAS. Bicubic upsampling of the same coarse LST is the baseline, measured on the same pixels; the ratio of the RMSEs says whether the algorithm adds real detail.&lt;/p&gt;&lt;p&gt;The algorithm is given by its id among this provider's algorithms in the group Downscaling: {}. The auxiliary layers should share the reference grid (block-average them onto it); otherwise the output is warped bilinearly onto the reference grid. The reference must be in kelvin (set its scale and offset otherwise). Outputs: the error raster (prediction - reference, K) on the reference grid, a report (HTML, or JSON when the file name ends in .json) and the metrics as numbers for models.&lt;/p&gt;</source>
      <translation>&lt;p&gt;按照 Wald、Ranchin 和 Mangolini（1997）的方案（&lt;i&gt;Fusion of satellite images of different spatial resolutions: assessing the quality of resulting images&lt;/i&gt;，PE&amp;amp;RS 63(6)），衡量本提供者的某个降尺度算法恢复已知高分辨率地表温度（LST）的能力。&lt;/p&gt;&lt;p&gt;参考高分辨率地表温度按尺度因子聚合，模拟更粗传感器的观测：T⁴ 的能量守恒块均值，或 T⁴ 上的高斯点扩散函数（奈奎斯特频率处 MTF 为 0.1）后再抽取，即 Ait-Bachir 等（2025）的退化方法。粗分辨率地表温度写入一个临时 GeoTIFF，其格网为参考格网按因子放大，然后用所选算法及其默认设置、结合此处给出的高分辨率辅助图层降尺度回去，并与参考比较：RMSE、MAE、偏差、无偏 RMSE、R²、SSIM 和 ERGAS。同一粗分辨率地表温度的双三次上采样作为基准，在相同像元上计算；两者 RMSE 之比说明算法是否增加了真实细节。&lt;/p&gt;&lt;p&gt;算法由其标识符指定，取自本提供者“降尺度”组中的算法：{}。辅助图层应与参考格网一致（请先按块平均到该格网上）；否则输出将以双线性方式重采样到参考格网。参考必须为开尔文（否则请设置其缩放系数和偏移量）。输出：参考格网上的误差栅格（预测 - 参考，K）、一份报告（HTML，文件名以 .json 结尾时为 JSON）以及供模型使用的数值指标。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>Energy-conserving block mean of T⁴</source>
      <translation>T⁴ 的能量守恒块均值</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>Gaussian PSF in T⁴, then decimation (Ait-Bachir et al. 2025)</source>
      <translation>T⁴ 上的高斯点扩散函数，然后抽取（Ait-Bachir 等 2025）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>Fine reference LST layer</source>
      <translation>高分辨率参考地表温度图层</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>Fine reflectance layer (red and NIR bands)</source>
      <translation>高分辨率反射率图层（红光和近红外波段）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>Scale factor</source>
      <translation>尺度因子</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>Aggregation to the coarse scale</source>
      <translation>聚合到粗尺度</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>Downscaling algorithm (its id: tsharp, distrad, bicubic...)</source>
      <translation>降尺度算法（其标识符：tsharp、distrad、bicubic……）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>Bicubic baseline RMSE (K)</source>
      <translation>双三次基准 RMSE (K)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>RMSE / bicubic RMSE</source>
      <translation>RMSE / 双三次 RMSE</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>Unknown downscaling algorithm '{}': choose one of {} (the algorithms of this provider in the group Downscaling).</source>
      <translation>未知的降尺度算法“{}”：请从 {} 中选择（本提供者“降尺度”组中的算法）。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>The algorithm '{}' needs the parameter '{}', which the closed loop cannot give it: choose another algorithm.</source>
      <translation>算法“{}”需要参数“{}”，而闭环评估无法提供：请选择其他算法。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>Reference aggregated by {} ({}): {}</source>
      <translation>参考已按 {}（{}）聚合：{}</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>Closed loop, factor {}, {} aggregation:</source>
      <translation>闭环评估，因子 {}，{} 聚合：</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>  {}: {}.</source>
      <translation>  {}：{}。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>  bicubic baseline: {}.</source>
      <translation>  双三次基准：{}。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>  RMSE / bicubic RMSE: {:.3f} ({}).</source>
      <translation>  RMSE / 双三次 RMSE：{:.3f}（{}）。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>better than bicubic</source>
      <translation>优于双三次</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>not better than bicubic</source>
      <translation>不优于双三次</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/compare_with_reference.py" />
      <source>Compare with a reference LST</source>
      <translation>与参考地表温度比较</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/compare_with_reference.py" />
      <source>&lt;p&gt;Compares a downscaled land surface temperature (LST) layer with an independent fine reference, such as ASTER LST for MODIS: the downscaled layer is warped bilinearly onto the reference grid (any CRS) and the two are compared on the pixels valid in both, as in the protocol of Ait-Bachir et al. (2025). It reports RMSE, MAE, bias, unbiased RMSE (standard deviation of the error), R², SSIM and ERGAS (Wald 2002; the resolution ratio comes from the coarse input, or from the scale factor the downscaling wrote).&lt;/p&gt;&lt;p&gt;With the coarse input LST, it also reports the energy-conservation error, the consistency property of Wald, Ranchin and Mangolini (1997): the downscaled LST is aggregated in T⁴ onto the coarse input's grid and compared with it (mean and maximum absolute difference, K, over coarse pixels entirely covered by valid output).&lt;/p&gt;&lt;p&gt;Outputs: the error raster (downscaled - reference, K) on the reference grid, a report (HTML, or JSON when the file name ends in .json) and the metrics as numbers for models. All layers must be in kelvin (set their scale and offset otherwise).&lt;/p&gt;</source>
      <translation>&lt;p&gt;将降尺度后的地表温度（LST）图层与独立的高分辨率参考（例如 MODIS 对应的 ASTER 地表温度）进行比较：降尺度图层以双线性方式重采样到参考格网（任意坐标参考系），并在两者均有效的像元上比较，与 Ait-Bachir 等（2025）的方案相同。报告 RMSE、MAE、偏差、无偏 RMSE（误差的标准差）、R²、SSIM 和 ERGAS（Wald 2002；分辨率之比取自粗分辨率输入，或取自降尺度写入的尺度因子）。&lt;/p&gt;&lt;p&gt;若提供粗分辨率输入地表温度，还会报告能量守恒误差，即 Wald、Ranchin 和 Mangolini（1997）的一致性性质：降尺度地表温度以 T⁴ 聚合到粗分辨率输入的格网上并与之比较（在完全被有效输出覆盖的粗像元上的平均和最大绝对差，K）。&lt;/p&gt;&lt;p&gt;输出：参考格网上的误差栅格（降尺度 - 参考，K）、一份报告（HTML，文件名以 .json 结尾时为 JSON）以及供模型使用的数值指标。所有图层必须为开尔文（否则请设置其缩放系数和偏移量）。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/compare_with_reference.py" />
      <source>Downscaled LST layer</source>
      <translation>降尺度后的地表温度图层</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/compare_with_reference.py" />
      <source>Reference LST layer</source>
      <translation>参考地表温度图层</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/compare_with_reference.py" />
      <source>Coarse input LST layer (optional)</source>
      <translation>粗分辨率输入地表温度图层（可选）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/compare_with_reference.py" />
      <source>Energy conservation: mean absolute error (K)</source>
      <translation>能量守恒：平均绝对误差 (K)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/compare_with_reference.py" />
      <source>Energy conservation: maximum absolute error (K)</source>
      <translation>能量守恒：最大绝对误差 (K)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/compare_with_reference.py" />
      <source>Downscaled LST against the reference: {}.</source>
      <translation>降尺度地表温度与参考的比较：{}。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/compare_with_reference.py" />
      <source>Energy conservation (T⁴ aggregation onto the coarse input grid): {:.4f} K on average, {:.4f} K at most, over {} coarse pixels.</source>
      <translation>能量守恒（以 T⁴ 聚合到粗分辨率输入格网）：平均 {:.4f} K，最大 {:.4f} K，共 {} 个粗像元。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>&lt;p&gt;Layers in any CRS and resolution, in kelvin once their scale and offset (from the layer's metadata) are applied. The fine layer at the base date defines the output grid. The coarse layers are warped onto a coarse grid in that CRS whose pixels are exactly &lt;i&gt;factor&lt;/i&gt; x &lt;i&gt;factor&lt;/i&gt; output pixels (the factor: coarse pixel size / fine pixel size, rounded, unless given), then interpolated onto the output grid (cubic convolution, or nearest). Layers on slightly different grids, as real granules are, are aligned. A coarse layer already resampled onto a grid as fine as the fine layer is used as it is (factor 1), unless a factor is given. Output pixels stay nodata where an input has no value. Assumes that the fine and coarse sensors see the same temperature (a systematic gap between them at the prediction date goes into the output as a bias) and that no land cover changes between the dates.&lt;/p&gt;</source>
      <translation>&lt;p&gt;图层可为任意坐标参考系和分辨率，应用其缩放系数和偏移量（取自图层元数据）后须为开尔文。基准日期的高分辨率图层定义输出格网。粗分辨率图层先重投影到该坐标参考系下的一个粗格网上，其每个像元恰好对应 &lt;i&gt;因子&lt;/i&gt; x &lt;i&gt;因子&lt;/i&gt; 个输出像元（因子：粗像元大小 / 细像元大小，取整，除非另行指定），然后插值到输出格网上（三次卷积或最邻近法）。格网略有差异的图层（真实数据块通常如此）会被对齐。已重采样到与高分辨率图层同样精细的格网上的粗分辨率图层按原样使用（因子为 1），除非指定了因子。任一输入无值处，输出像元保持为无数据。本方法假设高分辨率和粗分辨率传感器观测到相同的温度（预测日期两者之间的系统性差异会作为偏差进入输出），且各日期之间土地覆盖没有变化。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Fine LST at the base date (t1)</source>
      <translation>基准日期（t1）的高分辨率地表温度</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Coarse LST at the base date (t1)</source>
      <translation>基准日期（t1）的粗分辨率地表温度</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Coarse LST at the prediction date (t2)</source>
      <translation>预测日期（t2）的粗分辨率地表温度</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Fine LST at the second base date (t3)</source>
      <translation>第二个基准日期（t3）的高分辨率地表温度</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Coarse LST at the second base date (t3)</source>
      <translation>第二个基准日期（t3）的粗分辨率地表温度</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Correct the coarse LST for its bias against the fine LST at the base date(s)</source>
      <translation>按基准日期的高分辨率地表温度校正粗分辨率地表温度的偏差</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>&lt;p&gt;&lt;b&gt;Bias correction&lt;/b&gt;: the coarse layers are shifted by the mean difference, at the base date(s), between the fine LST averaged over each coarse pixel (T⁴ mean) and the coarse LST, so that a constant offset between the two sensors does not reach the output. It cannot see a gap that appears only at the prediction date. The log gives the shift.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;偏差校正&lt;/b&gt;：将粗分辨率图层平移基准日期上的平均差值，即在每个粗像元上平均的高分辨率地表温度（T⁴ 均值）与粗分辨率地表温度之差，使两个传感器之间的恒定偏移不会进入输出。它无法发现仅在预测日期出现的差异。日志会给出平移量。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Cubic convolution</source>
      <translation>三次卷积</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Nearest (coarse blocks)</source>
      <translation>最邻近（粗像元块）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Moving window (fine pixels, odd)</source>
      <translation>移动窗口（细像元数，奇数）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Number of land cover classes (similarity threshold: standard deviation x 2 / classes)</source>
      <translation>土地覆盖类别数（相似性阈值：标准差 x 2 / 类别数）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Uncertainty of the fine LST (K)</source>
      <translation>高分辨率地表温度的不确定性 (K)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Uncertainty of the coarse LST (K)</source>
      <translation>粗分辨率地表温度的不确定性 (K)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <location filename="../lst_downscaler/algorithms/fusion/dlstfm.py" />
      <source>Scale factor (0: coarse pixel size / fine pixel size)</source>
      <translation>尺度因子（0：粗像元大小 / 细像元大小）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Coarse LST onto the fine grid</source>
      <translation>粗分辨率地表温度重采样到高分辨率格网的方法</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>The moving window must be an odd number of pixels, not {}.</source>
      <translation>移动窗口的像元数必须为奇数，而不是 {}。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Scale factor {}; similarity threshold {:.3f} K; {} output pixels predicted.</source>
      <translation>尺度因子 {}；相似性阈值 {:.3f} K；预测了 {} 个输出像元。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Bias correction: {:+.3f} K added to the coarse LST layers.</source>
      <translation>偏差校正：粗分辨率地表温度图层加上 {:+.3f} K。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/dlstfm.py" />
      <source>DLSTFM (deep, one base pair)</source>
      <translation>DLSTFM（深度学习，一个基准影像对）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/dlstfm.py" />
      <source>&lt;p&gt;Predicts the fine land surface temperature (LST) at a date t2 from a fine LST and a coarse LST at a base date t1 and the coarse LST at t2 with a small deep network after DLSTFM, Jin et al. (2026): a dual-temporal branch (the three layers and their differences), a multi-source branch (the fine layer against each coarse layer), spatially adaptive feature modulation (SAFM, Sun et al. 2023) for multi-scale fusion, and a temperature-adaptive correction (TCM) that gives each pixel a scale of its fine detail at t1 and a shift: F2 = C2 + scale x (F1 - C1) + shift. The full text of the paper was not available: this is a re-implementation from its abstract, not the authors' network.&lt;/p&gt;&lt;p&gt;An energy-consistency correction then makes the T&lt;sup&gt;4&lt;/sup&gt; block means of the output equal to the coarse LST at t2 (a smooth residual, no blocks), unless it is unticked.&lt;/p&gt;</source>
      <translation>&lt;p&gt;按照 DLSTFM（Jin 等，2026），用一个小型深度网络，由基准日期 t1 的高分辨率和粗分辨率地表温度以及 t2 的粗分辨率地表温度，预测 t2 日期的高分辨率地表温度（LST）。网络包括：双时相分支（三个图层及其差值）、多源分支（高分辨率图层分别与各粗分辨率图层对照）、用于多尺度融合的空间自适应特征调制（SAFM，Sun 等 2023），以及温度自适应校正（TCM），后者为每个像元给出作用于其 t1 高分辨率细节的缩放系数和偏移量：F2 = C2 + 缩放系数 x (F1 - C1) + 偏移量。未能获得该论文全文：这是根据其摘要重新实现的版本，并非作者的网络。&lt;/p&gt;&lt;p&gt;随后，能量一致性校正使输出的 T&lt;sup&gt;4&lt;/sup&gt; 块均值等于 t2 的粗分辨率地表温度（采用平滑残差，不分块），除非取消勾选该选项。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/dlstfm.py" />
      <source>&lt;p&gt;Bundled weights ({} parameters): trained on real ECOSTRESS LST of Los Angeles (~70 m, 2023), the coarse sensor simulated by aggregating each granule by {} (~1 km), on {} ordered pairs of dates; the dates {} were held out. Command: &lt;code&gt;{}&lt;/code&gt;.</source>
      <translation>&lt;p&gt;内置权重（{} 个参数）：在洛杉矶的真实 ECOSTRESS 地表温度（约 70 m，2023 年）上训练，粗分辨率传感器通过将每个数据块按因子 {} 聚合（约 1 km）来模拟，共 {} 个有序日期对；留出了日期 {}。命令：&lt;code&gt;{}&lt;/code&gt;。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/dlstfm.py" />
      <source> Measured on the {} held-out pairs (512 x 512 crops, bench/fusion.py): RMSE {:.3f} K, against {:.3f} K for the fine LST at t1 plus the cubic coarse change and {:.3f} K for STARFM.</source>
      <translation> 在 {} 个留出的日期对上测得（512 x 512 裁剪块，bench/fusion.py）：RMSE {:.3f} K，而“t1 高分辨率地表温度加三次插值的粗分辨率变化”为 {:.3f} K，STARFM 为 {:.3f} K。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/dlstfm.py" />
      <source> At Yanco (real Landsat and MODIS, factor 10) the energy correction made it worse: unbiased RMSE {:.2f} K with it, {:.2f} K without, {:.2f} K for STARFM. Untick it when the coarse sensor does not see the energy that the fine one does (a bias between the sensors, a footprint wider than the coarse pixel).</source>
      <translation> 在 Yanco（真实 Landsat 和 MODIS 数据，因子 10），能量校正反而使结果变差：使用时无偏 RMSE 为 {:.2f} K，不使用时为 {:.2f} K，STARFM 为 {:.2f} K。当粗分辨率传感器观测不到高分辨率传感器所观测到的能量时（传感器之间存在偏差、足迹大于粗像元），请取消勾选该选项。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/dlstfm.py" />
      <source> Other sensors, places and scale factors have not been trained on.&lt;/p&gt;</source>
      <translation> 尚未在其他传感器、地点和尺度因子上训练。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/dlstfm.py" />
      <source>Energy-consistency correction against the coarse LST at t2</source>
      <translation>相对于 t2 粗分辨率地表温度的能量一致性校正</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/dlstfm.py" />
      <location filename="../lst_downscaler/algorithms/fusion/estarfm.py" />
      <location filename="../lst_downscaler/algorithms/fusion/starfm.py" />
      <source>Fine LST at t2</source>
      <translation>t2 的高分辨率地表温度</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/dlstfm.py" />
      <source>Ran on {}; scale factor {}; {} output pixels predicted; largest block energy error against the coarse LST at t2: {:.3f} K.</source>
      <translation>运行于 {}；尺度因子 {}；预测了 {} 个输出像元；相对于 t2 粗分辨率地表温度的最大块能量误差：{:.3f} K。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/estarfm.py" />
      <source>ESTARFM (two base pairs)</source>
      <translation>ESTARFM（两个基准影像对）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/estarfm.py" />
      <source>&lt;p&gt;Predicts the fine land surface temperature (LST) at a date t2 from two base pairs of fine and coarse LST, at t1 and t3 (usually before and after t2), and the coarse LST at t2, with the Enhanced Spatial and Temporal Adaptive Reflectance Fusion Model of Zhu, Chen, Gao, Chen and Masek (2010), &lt;i&gt;An enhanced spatial and temporal adaptive reflectance fusion model for complex heterogeneous regions&lt;/i&gt;, Remote Sensing of Environment 114(11), 2610-2623.&lt;/p&gt;&lt;p&gt;In a moving window, similar pixels are those close to the central pixel at both base dates. A conversion coefficient, the slope of the regression of fine on coarse LST over them, turns the coarse change into a fine change; a prediction from each base date (Fk + coefficient x weighted coarse change) is weighted by how little the coarse LST of the window changed since that date. By default the coefficient is 1 (the fine change is the coarse change), which was more accurate than Zhu's regression on real ECOSTRESS LST; the regression is an advanced option. Zhu's spectral correlation needs several bands: with one band (LST), the similar pixels are weighted by how closely their fine change between t1 and t3 follows the coarse change, and by distance.&lt;/p&gt;</source>
      <translation>&lt;p&gt;采用 Zhu、Chen、Gao、Chen 和 Masek（2010）的增强型时空自适应反射率融合模型（Enhanced Spatial and Temporal Adaptive Reflectance Fusion Model；&lt;i&gt;An enhanced spatial and temporal adaptive reflectance fusion model for complex heterogeneous regions&lt;/i&gt;，Remote Sensing of Environment 114(11)，2610-2623），由 t1 和 t3（通常分别在 t2 之前和之后）的两个高分辨率与粗分辨率地表温度基准影像对以及 t2 的粗分辨率地表温度，预测 t2 日期的高分辨率地表温度（LST）。&lt;/p&gt;&lt;p&gt;在移动窗口中，相似像元是在两个基准日期都与中心像元相近的像元。转换系数即在这些像元上高分辨率地表温度对粗分辨率地表温度回归的斜率，用于将粗分辨率变化转换为高分辨率变化；由每个基准日期各得到一个预测（Fk + 系数 x 加权粗分辨率变化），窗口内粗分辨率地表温度自该日期以来变化越小，该预测的权重越大。默认系数为 1（高分辨率变化等于粗分辨率变化），在真实 ECOSTRESS 地表温度上比 Zhu 的回归更准确；回归为高级选项。Zhu 的光谱相关性需要多个波段：只有一个波段（地表温度）时，相似像元按其在 t1 与 t3 之间的高分辨率变化与粗分辨率变化的吻合程度以及距离加权。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/estarfm.py" />
      <source>Regression of fine on coarse LST (Zhu et al. 2010)</source>
      <translation>高分辨率地表温度对粗分辨率地表温度的回归（Zhu 等 2010）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/estarfm.py" />
      <source>1: the fine change is the coarse change (more accurate on LST)</source>
      <translation>1：高分辨率变化等于粗分辨率变化（对地表温度更准确）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/estarfm.py" />
      <source>Conversion coefficient</source>
      <translation>转换系数</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/starfm.py" />
      <source>STARFM (one base pair)</source>
      <translation>STARFM（一个基准影像对）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/starfm.py" />
      <source>&lt;p&gt;Predicts the fine land surface temperature (LST) at a date t2 from a fine LST and a coarse LST at a base date t1 and the coarse LST at t2, with the Spatial and Temporal Adaptive Reflectance Fusion Model of Gao, Masek, Schwaller and Hall (2006), &lt;i&gt;On the blending of the Landsat and MODIS surface reflectance: predicting daily Landsat surface reflectance&lt;/i&gt;, IEEE TGRS 44(8), 2207-2218.&lt;/p&gt;&lt;p&gt;Each output pixel is a weighted mean, over the spectrally similar pixels of a moving window around it, of the fine LST at t1 plus the coarse change (F1 + C2 - C1). Similar pixels are within the standard deviation of the fine LST x 2 / number of classes of the central pixel, and no worse than it in fine-coarse difference and coarse change (within the sensors' uncertainties). Weights fall with the fine-coarse difference |F1 - C1|, the coarse change |C2 - C1| and the relative distance 1 + d / (window / 2).&lt;/p&gt;</source>
      <translation>&lt;p&gt;采用 Gao、Masek、Schwaller 和 Hall（2006）的时空自适应反射率融合模型（Spatial and Temporal Adaptive Reflectance Fusion Model；&lt;i&gt;On the blending of the Landsat and MODIS surface reflectance: predicting daily Landsat surface reflectance&lt;/i&gt;，IEEE TGRS 44(8)，2207-2218），由基准日期 t1 的高分辨率和粗分辨率地表温度以及 t2 的粗分辨率地表温度，预测 t2 日期的高分辨率地表温度（LST）。&lt;/p&gt;&lt;p&gt;每个输出像元是其周围移动窗口内光谱相似像元上“t1 高分辨率地表温度加粗分辨率变化”（F1 + C2 - C1）的加权平均。相似像元与中心像元之差在高分辨率地表温度标准差 x 2 / 类别数以内，且其高-粗分辨率差值和粗分辨率变化不劣于中心像元（在传感器不确定性范围内）。权重随高-粗分辨率差值 |F1 - C1|、粗分辨率变化 |C2 - C1| 和相对距离 1 + d / (窗口 / 2) 的增大而减小。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/time_series.py" />
      <source>Fusion time series: STARFM or DLSTFM (one base pair, many coarse dates)</source>
      <translation>融合时间序列：STARFM 或 DLSTFM（一个基准影像对，多个粗分辨率日期）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/time_series.py" />
      <source>&lt;p&gt;Runs STARFM (Gao et al. 2006, IEEE TGRS 44(8)), or DLSTFM (after Jin et al. 2026, with its bundled weights and energy correction; needs PyTorch), for every coarse LST layer of a list: one base pair (fine and coarse LST at t1) and many coarse dates give one fine LST GeoTIFF per date in the output folder, named after the coarse layer's file (an existing file of that name is replaced, once every date is done). Progress is reported over the dates; on Cancel or error, no file of the folder changes.&lt;/p&gt;</source>
      <translation>&lt;p&gt;对列表中的每个粗分辨率地表温度图层运行 STARFM（Gao 等 2006，IEEE TGRS 44(8)）或 DLSTFM（依据 Jin 等 2026，使用内置权重及其能量一致性校正；需要 PyTorch）：由一个基准影像对（t1 的高分辨率和粗分辨率地表温度）和多个粗分辨率日期，在输出文件夹中为每个日期生成一个高分辨率地表温度 GeoTIFF，以粗分辨率图层的文件名命名（同名的已有文件将在所有日期完成后被替换）。进度按日期报告；取消或出错时，文件夹中的文件均不会改变。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/time_series.py" />
      <source>Coarse LST at the prediction dates (band 1 of each)</source>
      <translation>预测日期的粗分辨率地表温度（各取波段 1）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/time_series.py" />
      <source>Method</source>
      <translation>方法</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/time_series.py" />
      <source>Folder for the fine LST of each date</source>
      <translation>各日期高分辨率地表温度的输出文件夹</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/time_series.py" />
      <source>Number of files written</source>
      <translation>写入的文件数</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/time_series.py" />
      <source>STARFM</source>
      <translation>STARFM</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/time_series.py" />
      <source>DLSTFM (deep, needs PyTorch)</source>
      <translation>DLSTFM（深度学习，需要 PyTorch）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/time_series.py" />
      <source>No coarse LST layer in the series: give one or more.</source>
      <translation>序列中没有粗分辨率地表温度图层：请提供一个或多个。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/time_series.py" />
      <source>Wrote {} ({} pixels predicted).</source>
      <translation>已写入 {}（预测了 {} 个像元）。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_aster.py" />
      <source>Prepare ASTER surface kinetic temperature (AST_08)</source>
      <translation>准备 ASTER 地表动力学温度（AST_08）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_aster.py" />
      <source>&lt;p&gt;Reads an ASTER AST_08 surface kinetic temperature product, as the HDF-EOS granule or as a GeoTIFF of its DN band, and writes the land surface temperature in kelvin (DN × 0.1; DN 0 is fill and becomes nodata), after the &lt;i&gt;ASTER Higher-Level Product User Guide&lt;/i&gt; (NASA JPL). The 90 m ASTER LST is a fine-scale reference for checking downscaled MODIS LST (both fly on Terra).&lt;/p&gt;&lt;p&gt;The HDF granule is a swath located by latitude/longitude tie points: it is warped to the UTM zone of its centre with nearest neighbour, so every output value is a product value. A GeoTIFF keeps its own grid.&lt;/p&gt;</source>
      <translation>&lt;p&gt;读取 ASTER AST_08 地表动力学温度产品（HDF-EOS 数据块，或其 DN 波段的 GeoTIFF），并按照 &lt;i&gt;ASTER Higher-Level Product User Guide&lt;/i&gt;（NASA JPL）写出以开尔文表示的地表温度（DN × 0.1；DN 0 为填充值，转为无数据）。90 m 的 ASTER 地表温度是检验降尺度 MODIS 地表温度的高分辨率参考（二者同在 Terra 卫星上）。&lt;/p&gt;&lt;p&gt;HDF 数据块是由经纬度连接点定位的条带：它以最邻近法重投影到其中心所在的 UTM 分区，因此每个输出值都是产品中的值。GeoTIFF 保持其自身格网。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_aster.py" />
      <source>AST_08 granule (*.hdf) or DN GeoTIFF</source>
      <translation>AST_08 数据块 (*.hdf) 或 DN GeoTIFF</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_aster.py" />
      <source>AST_08 files (*.hdf *.HDF *.tif *.TIF *.tiff)</source>
      <translation>AST_08 文件 (*.hdf *.HDF *.tif *.TIF *.tiff)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_aster.py" />
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l2.py" />
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>LST (K)</source>
      <translation>地表温度 (K)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l1.py" />
      <source>Prepare Landsat Level-1 thermal band (brightness temperature)</source>
      <translation>准备 Landsat 1 级热红外波段（亮度温度）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l1.py" />
      <source>&lt;p&gt;Reads the thermal band of a Landsat 4, 5, 7, 8 or 9 Level-1 scene, given by its *_MTL.txt file, and writes the top-of-atmosphere brightness temperature in kelvin: radiance L = RADIANCE_MULT × DN + RADIANCE_ADD, then T = K2 / ln(K1 / L + 1), with the factors of the MTL (Chander, Markham and Helder 2009, &lt;i&gt;Summary of current radiometric calibration coefficients for Landsat MSS, TM, ETM+, and EO-1 ALI sensors&lt;/i&gt;, Remote Sensing of Environment 113; Landsat 8 Data Users Handbook).&lt;/p&gt;&lt;p&gt;Thermal band: the first is TM B6, ETM+ B6_VCID_1 (low gain) or TIRS B10; the second ETM+ B6_VCID_2 (high gain) or TIRS B11. When the MTL lacks K1/K2, the standard values of the sensor are used (TM 5: 607.76 / 1260.56; ETM+: 666.09 / 1282.71; TIRS B10: 774.8853 / 1321.0789, B11: 480.8883 / 1201.1442); when it lacks RADIANCE_MULT/ADD, they are computed from LMIN/LMAX and QCALMIN/QCALMAX. The log says which.&lt;/p&gt;&lt;p&gt;Fill (DN 0) and the band file's nodata value become nodata; with a QA_PIXEL band (Collection 2), cloud, shadow and snow can be masked. Brightness temperature is not land surface temperature: it has no emissivity or atmospheric correction, and reads a few kelvin colder.&lt;/p&gt;&lt;p&gt;Optionally, the top-of-atmosphere reflectance of blue, green, red, NIR, SWIR 1 and SWIR 2 (B2..B7 for Landsat 8/9, B1..B5 and B7 for Landsat 4-7, in this order) as one 6-band layer, in the band order of the Level-2 surface reflectance, so that either feeds the same algorithms: ρ = (REFLECTANCE_MULT × DN + REFLECTANCE_ADD) / sin(sun elevation) with the factors and SUN_ELEVATION of the MTL (Landsat 8 Data Users Handbook). When the MTL lacks REFLECTANCE_MULT/ADD (older TM and ETM+ scenes), ρ = π × L × d² / (ESUN × sin(sun elevation)), with L the radiance as above, ESUN of the sensor from Chander, Markham and Helder (2009, Table 11) and d the EARTH_SUN_DISTANCE of the MTL, or else computed from DATE_ACQUIRED with the low-precision formula for the Sun of The Astronomical Almanac. The log says which. TOA reflectance has no atmospheric correction: it reads higher than surface reflectance in the visible bands.&lt;/p&gt;</source>
      <translation>&lt;p&gt;读取由 *_MTL.txt 文件指定的 Landsat 4、5、7、8 或 9 的 1 级场景的热红外波段，写出以开尔文表示的大气顶层亮度温度：辐亮度 L = RADIANCE_MULT × DN + RADIANCE_ADD，然后 T = K2 / ln(K1 / L + 1)，系数取自 MTL（Chander、Markham 和 Helder 2009，&lt;i&gt;Summary of current radiometric calibration coefficients for Landsat MSS, TM, ETM+, and EO-1 ALI sensors&lt;/i&gt;，Remote Sensing of Environment 113；Landsat 8 Data Users Handbook）。&lt;/p&gt;&lt;p&gt;热红外波段：第一个为 TM B6、ETM+ B6_VCID_1（低增益）或 TIRS B10；第二个为 ETM+ B6_VCID_2（高增益）或 TIRS B11。若 MTL 缺少 K1/K2，则使用该传感器的标准值（TM 5：607.76 / 1260.56；ETM+：666.09 / 1282.71；TIRS B10：774.8853 / 1321.0789，B11：480.8883 / 1201.1442）；若缺少 RADIANCE_MULT/ADD，则由 LMIN/LMAX 和 QCALMIN/QCALMAX 计算。日志会说明使用了哪些值。&lt;/p&gt;&lt;p&gt;填充值（DN 0）和波段文件的无数据值转为无数据；若有 QA_PIXEL 波段（Collection 2），可以掩膜云、阴影和积雪。亮度温度不是地表温度：它未经发射率和大气校正，读数会偏低几开尔文。&lt;/p&gt;&lt;p&gt;可选：将蓝、绿、红、近红外、短波红外 1 和短波红外 2 的大气顶层反射率（Landsat 8/9 为 B2..B7，Landsat 4-7 为 B1..B5 和 B7，按此顺序）写成一个 6 波段图层，波段顺序与 2 级地表反射率相同，因此两者可用于相同的算法：ρ = (REFLECTANCE_MULT × DN + REFLECTANCE_ADD) / sin(太阳高度角)，系数和 SUN_ELEVATION 取自 MTL（Landsat 8 Data Users Handbook）。若 MTL 缺少 REFLECTANCE_MULT/ADD（较早的 TM 和 ETM+ 场景），则 ρ = π × L × d² / (ESUN × sin(太阳高度角))，其中 L 为按上述方法计算的辐亮度，ESUN 为该传感器的值（Chander、Markham 和 Helder 2009，表 11），d 为 MTL 中的 EARTH_SUN_DISTANCE，若缺少则用 The Astronomical Almanac 的太阳低精度公式由 DATE_ACQUIRED 计算。日志会说明使用了哪些值。大气顶层反射率未经大气校正：在可见光波段中高于地表反射率。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l1.py" />
      <source>First: TM B6, ETM+ B6_VCID_1 (low gain), TIRS B10</source>
      <translation>第一个：TM B6、ETM+ B6_VCID_1（低增益）、TIRS B10</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l1.py" />
      <source>Second: ETM+ B6_VCID_2 (high gain), TIRS B11</source>
      <translation>第二个：ETM+ B6_VCID_2（高增益）、TIRS B11</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l1.py" />
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l2.py" />
      <source>Scene metadata file (*_MTL.txt)</source>
      <translation>场景元数据文件 (*_MTL.txt)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l1.py" />
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l2.py" />
      <source>Landsat metadata (*_MTL.txt *_MTL.TXT)</source>
      <translation>Landsat 元数据 (*_MTL.txt *_MTL.TXT)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l1.py" />
      <source>Thermal band</source>
      <translation>热红外波段</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l1.py" />
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l2.py" />
      <source>Mask cloud, shadow and snow (QA_PIXEL)</source>
      <translation>掩膜云、阴影和积雪 (QA_PIXEL)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l1.py" />
      <source>Brightness temperature (K)</source>
      <translation>亮度温度 (K)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l1.py" />
      <source>TOA reflectance (blue, green, red, NIR, SWIR 1, SWIR 2)</source>
      <translation>大气顶层反射率（蓝、绿、红、近红外、短波红外 1、短波红外 2）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l1.py" />
      <source>Scene {} ({}), band {}: radiance = {:.6g} × DN + {:.6g}, K1 = {}, K2 = {}</source>
      <translation>场景 {}（{}），波段 {}：辐亮度 = {:.6g} × DN + {:.6g}，K1 = {}，K2 = {}</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l1.py" />
      <source>TOA reflectance {}: ρ = {:.6g} × DN + {:.6g}</source>
      <translation>大气顶层反射率 {}：ρ = {:.6g} × DN + {:.6g}</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l2.py" />
      <source>Prepare Landsat Collection 2 Level-2 scene</source>
      <translation>准备 Landsat Collection 2 的 2 级场景</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l2.py" />
      <source>&lt;p&gt;Reads a Landsat 4-9 Collection 2 Level-2 scene, given by its *_MTL.txt file, and writes the surface temperature in kelvin (ST_B10 or ST_B6: DN × 0.00341802 + 149.0, factors read from the MTL) and the NDVI from surface reflectance (DN × 2.75e-05 - 0.2). Fill (DN 0) becomes nodata; with a QA_PIXEL band, fill, cloud, dilated cloud, cirrus, cloud shadow and snow can be masked.&lt;/p&gt;&lt;p&gt;Optionally, the surface reflectance of blue, green, red, NIR, SWIR 1 and SWIR 2 (SR_B2..SR_B7 for Landsat 8/9, SR_B1..SR_B5 and SR_B7 for Landsat 4-7, in this order) as one 6-band layer in reflectance (0-1), ready for the Spectral index algorithm.&lt;/p&gt;&lt;p&gt;Band files without georeferencing are placed on the UTM grid given in the MTL. The thermal band is delivered at 30 m but its native resolution is 100 m (Landsat 8/9): aggregate it before sharpening.&lt;/p&gt;</source>
      <translation>&lt;p&gt;读取由 *_MTL.txt 文件指定的 Landsat 4-9 Collection 2 的 2 级场景，写出以开尔文表示的地表温度（ST_B10 或 ST_B6：DN × 0.00341802 + 149.0，系数取自 MTL），以及由地表反射率（DN × 2.75e-05 - 0.2）计算的 NDVI。填充值（DN 0）转为无数据；若有 QA_PIXEL 波段，可以掩膜填充值、云、扩张云、卷云、云阴影和积雪。&lt;/p&gt;&lt;p&gt;可选：将蓝、绿、红、近红外、短波红外 1 和短波红外 2 的地表反射率（Landsat 8/9 为 SR_B2..SR_B7，Landsat 4-7 为 SR_B1..SR_B5 和 SR_B7，按此顺序）写成一个 6 波段反射率图层（0-1），可直接用于“光谱指数”算法。&lt;/p&gt;&lt;p&gt;没有地理参考的波段文件将放置在 MTL 给出的 UTM 格网上。热红外波段以 30 m 提供，但其原始分辨率为 100 m（Landsat 8/9）：锐化前请先将其聚合。&lt;/p&gt;</translation>
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
      <translation>地表反射率（蓝、绿、红、近红外、短波红外 1、短波红外 2）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l2.py" />
      <source>Scene {} ({})</source>
      <translation>场景 {}（{}）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>Prepare MODIS daily LST (MOD11A1 / MOD21A1 HDF)</source>
      <translation>准备 MODIS 逐日地表温度（MOD11A1 / MOD21A1 HDF）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>&lt;p&gt;Reads a MODIS daily land surface temperature granule as downloaded (HDF4-EOS: MOD11A1/MYD11A1, or MOD21A1D/MOD21A1N) and writes its day or night LST in kelvin (DN × 0.02; DN 0 is fill and becomes nodata), on the granule's 1 km sinusoidal grid and CRS, ready for sharpening.&lt;/p&gt;&lt;p&gt;Quality mask, from bits 0-1 of the QC layer (QC_Day / QC_Night, or QC for MOD21): all produced pixels; good quality only (00); or good and other quality (00 and 01). Source: Wan, &lt;i&gt;MODIS Land Surface Temperature Products Users' Guide&lt;/i&gt; (MOD11, collection 6/6.1) and Hulley et al., &lt;i&gt;MODIS MOD21 Land Surface Temperature and Emissivity User Guide&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;A MOD21A1D granule holds day LST only and MOD21A1N night LST only: the overpass must match the granule.&lt;/p&gt;</source>
      <translation>&lt;p&gt;读取下载得到的 MODIS 逐日地表温度数据块（HDF4-EOS：MOD11A1/MYD11A1，或 MOD21A1D/MOD21A1N），并在数据块的 1 km 正弦格网和坐标参考系上写出其白天或夜间地表温度（开尔文；DN × 0.02；DN 0 为填充值，转为无数据），可直接用于锐化。&lt;/p&gt;&lt;p&gt;质量掩膜取自 QC 层（QC_Day / QC_Night，MOD21 为 QC）的第 0-1 位：所有生成的像元；仅质量良好（00）；或质量良好及其他质量（00 和 01）。来源：Wan，&lt;i&gt;MODIS Land Surface Temperature Products Users' Guide&lt;/i&gt;（MOD11，第 6/6.1 版）以及 Hulley 等，&lt;i&gt;MODIS MOD21 Land Surface Temperature and Emissivity User Guide&lt;/i&gt;。&lt;/p&gt;&lt;p&gt;MOD21A1D 数据块只含白天地表温度，MOD21A1N 只含夜间地表温度：过境时间必须与数据块一致。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>Day</source>
      <translation>白天</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>Night</source>
      <translation>夜间</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>All produced pixels</source>
      <translation>所有生成的像元</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>Good quality only (00)</source>
      <translation>仅质量良好 (00)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>Good and other quality (00, 01)</source>
      <translation>质量良好及其他质量 (00, 01)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>MODIS LST granule (*.hdf)</source>
      <translation>MODIS 地表温度数据块 (*.hdf)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>HDF4 files (*.hdf *.HDF)</source>
      <translation>HDF4 文件 (*.hdf *.HDF)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>Overpass</source>
      <translation>过境</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>Quality mask (QC bits 0-1)</source>
      <translation>质量掩膜（QC 第 0-1 位）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>Reading {}</source>
      <translation>正在读取 {}</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>{} of {} pixels valid ({:.1f} %).</source>
      <translation>{} 个像元有效，共 {} 个（{:.1f} %）。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>Spectral index (NDVI, NDWI, MNDWI, NDBI, albedo)</source>
      <translation>光谱指数（NDVI、NDWI、MNDWI、NDBI、反照率）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>&lt;p&gt;Computes a spectral index from the bands of a surface reflectance layer, by strips:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;NDVI = (NIR - red) / (NIR + red) (Rouse et al. 1974);&lt;/li&gt;&lt;li&gt;NDWI = (green - NIR) / (green + NIR) (McFeeters 1996, &lt;i&gt;International Journal of Remote Sensing&lt;/i&gt; 17);&lt;/li&gt;&lt;li&gt;MNDWI = (green - SWIR 1) / (green + SWIR 1) (Xu 2006, &lt;i&gt;International Journal of Remote Sensing&lt;/i&gt; 27);&lt;/li&gt;&lt;li&gt;NDBI = (SWIR 1 - NIR) / (SWIR 1 + NIR) (Zha, Gao and Ni 2003, &lt;i&gt;International Journal of Remote Sensing&lt;/i&gt; 24);&lt;/li&gt;&lt;li&gt;shortwave albedo = 0.356 blue + 0.130 red + 0.373 NIR + 0.085 SWIR 1 + 0.072 SWIR 2 - 0.0018 (Liang 2001, &lt;i&gt;Remote Sensing of Environment&lt;/i&gt; 76; Landsat TM/ETM+ bands 1, 3, 4, 5, 7, OLI bands 2, 4, 5, 6, 7).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Normalised differences are clipped to [-1, 1]. Reflectance comes from the layer's scale and offset metadata; a layer in raw digital numbers (values above 2) is refused. The default bands 1 to 6 (blue, green, red, NIR, SWIR 1, SWIR 2) are those of the reflectance output of 'Prepare Landsat Collection 2 Level-2 scene'.&lt;/p&gt;</source>
      <translation>&lt;p&gt;按条带由地表反射率图层的各波段计算光谱指数：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;NDVI = (近红外 - 红) / (近红外 + 红)（Rouse 等 1974）；&lt;/li&gt;&lt;li&gt;NDWI = (绿 - 近红外) / (绿 + 近红外)（McFeeters 1996，&lt;i&gt;International Journal of Remote Sensing&lt;/i&gt; 17）；&lt;/li&gt;&lt;li&gt;MNDWI = (绿 - 短波红外 1) / (绿 + 短波红外 1)（Xu 2006，&lt;i&gt;International Journal of Remote Sensing&lt;/i&gt; 27）；&lt;/li&gt;&lt;li&gt;NDBI = (短波红外 1 - 近红外) / (短波红外 1 + 近红外)（Zha、Gao 和 Ni 2003，&lt;i&gt;International Journal of Remote Sensing&lt;/i&gt; 24）；&lt;/li&gt;&lt;li&gt;短波反照率 = 0.356 蓝 + 0.130 红 + 0.373 近红外 + 0.085 短波红外 1 + 0.072 短波红外 2 - 0.0018（Liang 2001，&lt;i&gt;Remote Sensing of Environment&lt;/i&gt; 76；Landsat TM/ETM+ 波段 1、3、4、5、7，OLI 波段 2、4、5、6、7）。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;归一化差值截断到 [-1, 1]。反射率由图层的缩放系数和偏移量元数据得到；原始 DN 值（大于 2）的图层会被拒绝。默认波段 1 至 6（蓝、绿、红、近红外、短波红外 1、短波红外 2）即“准备 Landsat Collection 2 的 2 级场景”的反射率输出的波段。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>NDWI (McFeeters: green, NIR)</source>
      <translation>NDWI（McFeeters：绿、近红外）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>MNDWI (green, SWIR 1)</source>
      <translation>MNDWI（绿、短波红外 1）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>NDBI (SWIR 1, NIR)</source>
      <translation>NDBI（短波红外 1、近红外）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>Shortwave albedo (Liang 2001)</source>
      <translation>短波反照率（Liang 2001）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>Reflectance layer</source>
      <translation>反射率图层</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>Index</source>
      <translation>指数</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Train a downscaling network</source>
      <translation>训练降尺度网络</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>&lt;p&gt;Trains a network that downscales LST by 4 on your own scenes, and writes a model file (a .json card, the .pt weights beside it) that the deep downscaling algorithms run through their &lt;b&gt;Model file&lt;/b&gt; parameter.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Scenes&lt;/b&gt;: a list of coarse LST layers and a list of fine NDVI layers of the same length, paired by order. &lt;b&gt;Further auxiliary layers&lt;/b&gt; (optional: a DEM, an albedo, land cover...): the same number k for every scene, given scene by scene — the k layers of scene 1, then the k layers of scene 2, and so on, always in the same order. The model then expects k further auxiliary layers, in that order, when it runs. Fine layers are resampled to a quarter of the LST pixel when their pixel is not.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Recipe&lt;/b&gt;: the residual U-Net of Ait-Bachir et al. (2025), self-supervised as SIF-CNN-SR2 or SR1 (no fine LST needed: the output degraded by the sensor PSF gives back the coarse LST) or supervised on degraded pairs as SC-UNet; or SRDA-Net (Ma et al. 2025), which learns one x2 step on the LST's own grid (its 2 x 2 block means as input, the fine layers block-averaged onto that grid) and runs it twice. Run the result with the algorithm of its architecture: &lt;i&gt;SRDA-Net&lt;/i&gt; for the SRDA-Net recipe, a residual U-Net algorithm for the others.&lt;/p&gt;&lt;p&gt;Every 8th scene is held out for validation (with a single scene, its bottom quarter); the weights of the epoch with the lowest validation loss are kept. The log gives the training and validation losses per epoch; Cancel stops between epochs. The same inputs and seed give the same weights on the same device.&lt;/p&gt;</source>
      <translation>&lt;p&gt;在您自己的场景上训练一个将地表温度降尺度 4 倍的网络，并写出一个模型文件（一个 .json 模型卡，旁边是 .pt 权重），深度降尺度算法可通过其&lt;b&gt;模型文件&lt;/b&gt;参数运行该模型。&lt;/p&gt;&lt;p&gt;&lt;b&gt;场景&lt;/b&gt;：一个粗分辨率地表温度图层列表和一个长度相同的高分辨率 NDVI 图层列表，按顺序一一配对。&lt;b&gt;附加辅助图层&lt;/b&gt;（可选：DEM、反照率、土地覆盖……）：每个场景数量相同（k 个），逐场景给出——先是场景 1 的 k 个图层，然后是场景 2 的 k 个图层，依此类推，始终保持相同顺序。模型运行时将按此顺序需要 k 个附加辅助图层。像元大小不是地表温度像元四分之一的高分辨率图层将被重采样到该大小。&lt;/p&gt;&lt;p&gt;&lt;b&gt;训练方案&lt;/b&gt;：Ait-Bachir 等（2025）的残差 U-Net，可按 SIF-CNN-SR2 或 SR1 进行自监督训练（无需高分辨率地表温度：输出经传感器点扩散函数退化后还原粗分辨率地表温度），或按 SC-UNet 在退化样本对上进行监督训练；或 SRDA-Net（Ma 等 2025），它在地表温度自身的格网上学习一个 ×2 步骤（以其 2 x 2 块均值作为输入，高分辨率图层按块平均到该格网上），并运行两次。请用与架构对应的算法运行所得模型：SRDA-Net 方案用&lt;i&gt;SRDA-Net&lt;/i&gt;，其他方案用残差 U-Net 算法。&lt;/p&gt;&lt;p&gt;每 8 个场景留出 1 个用于验证（仅有一个场景时，留出其下方四分之一）；保留验证损失最低的那一轮的权重。日志给出每轮的训练损失和验证损失；“取消”会在两轮之间停止训练。相同的输入和随机种子在同一设备上得到相同的权重。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Residual U-Net, self-supervised (SIF-CNN-SR2 recipe)</source>
      <translation>残差 U-Net，自监督（SIF-CNN-SR2 方案）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Residual U-Net, self-supervised (SIF-CNN-SR1 recipe)</source>
      <translation>残差 U-Net，自监督（SIF-CNN-SR1 方案）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Residual U-Net, supervised on degraded pairs (SC-UNet recipe)</source>
      <translation>残差 U-Net，在退化样本对上监督训练（SC-UNet 方案）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>SRDA-Net, one x2 step supervised on the LST's own block means, run twice</source>
      <translation>SRDA-Net，在地表温度自身的块均值上监督训练一个 ×2 步骤，运行两次</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Coarse LST layers (one per scene)</source>
      <translation>粗分辨率地表温度图层（每个场景一个）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Fine NDVI layers (one per scene, in the order of the LST layers)</source>
      <translation>高分辨率 NDVI 图层（每个场景一个，顺序与地表温度图层相同）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Further auxiliary layers (the same number per scene, scene by scene)</source>
      <translation>附加辅助图层（每个场景数量相同，逐场景给出）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Names of the further auxiliary channels (comma-separated; empty: aux1, aux2...)</source>
      <translation>附加辅助通道名称（以逗号分隔；留空：aux1, aux2...）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Architecture and training recipe</source>
      <translation>架构和训练方案</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Epochs</source>
      <translation>训练轮数</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Patch size (coarse LST pixels)</source>
      <translation>图像块大小（粗分辨率地表温度像元）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Batch size (patches per step)</source>
      <translation>批大小（每步图像块数）</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Steps per epoch</source>
      <translation>每轮步数</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Model file</source>
      <translation>模型文件</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Model card (*.json)</source>
      <translation>模型卡 (*.json)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>{} coarse LST layers and {} fine NDVI layers were given: give one NDVI layer per LST layer, in the same order.</source>
      <translation>提供了 {} 个粗分辨率地表温度图层和 {} 个高分辨率 NDVI 图层：请为每个地表温度图层提供一个 NDVI 图层，且顺序相同。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>{} further auxiliary layers were given for {} scenes: give the same number of layers for every scene, scene by scene.</source>
      <translation>提供了 {} 个附加辅助图层，对应 {} 个场景：请为每个场景提供相同数量的图层，逐场景给出。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>{} scenes read; channels: lst, ndvi{}.</source>
      <translation>已读取 {} 个场景；通道：lst, ndvi{}。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Wrote the model file {} (weights {}); best validation loss {:.5f}.</source>
      <translation>已写出模型文件 {}（权重 {}）；最佳验证损失 {:.5f}。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/dependencies.py" />
      <source>This algorithm needs the Python package rasterio, which QGIS's Python cannot import. Install the build that uses QGIS's own GDAL, never a pip wheel (it brings a second GDAL into QGIS): on Windows, run the OSGeo4W installer (Advanced install) and add the package 'python3-rasterio'; on Debian or Ubuntu, 'sudo apt install python3-rasterio'; on macOS or any QGIS installed with conda, 'conda install -c conda-forge rasterio' in QGIS's environment. Then restart QGIS.</source>
      <translation>此算法需要 Python 包 rasterio，但 QGIS 的 Python 无法导入它。请安装基于 QGIS 自带 GDAL 构建的版本，切勿使用 pip 轮子（它会把第二个 GDAL 带入 QGIS）：在 Windows 上，运行 OSGeo4W 安装程序（高级安装）并添加软件包“python3-rasterio”；在 Debian 或 Ubuntu 上，运行“sudo apt install python3-rasterio”；在 macOS 或任何用 conda 安装的 QGIS 上，在 QGIS 的环境中运行“conda install -c conda-forge rasterio”。然后重启 QGIS。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/dependencies.py" />
      <source>This algorithm needs PyTorch, which QGIS's Python cannot import. Install it into that Python, e.g. on Linux: 'python3 -m pip install --user torch' (CPU build: add '--index-url https://download.pytorch.org/whl/cpu'); on Windows, from the OSGeo4W Shell: 'python -m pip install torch'. Then restart QGIS.</source>
      <translation>此算法需要 PyTorch，但 QGIS 的 Python 无法导入它。请将其安装到该 Python 中，例如在 Linux 上：“python3 -m pip install --user torch”（CPU 版本：加上“--index-url https://download.pytorch.org/whl/cpu”）；在 Windows 上，从 OSGeo4W Shell 运行：“python -m pip install torch”。然后重新启动 QGIS。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/dependencies.py" />
      <source>This algorithm needs scikit-learn, which QGIS's Python cannot import. Install it into that Python: on Debian or Ubuntu, 'sudo apt install python3-sklearn'; on Windows, from the OSGeo4W Shell, 'python -m pip install scikit-learn'; on macOS or any QGIS installed with conda, 'conda install -c conda-forge scikit-learn' in QGIS's environment. Then restart QGIS.</source>
      <translation>此算法需要 scikit-learn，但 QGIS 的 Python 无法导入它。请将其安装到该 Python 中：在 Debian 或 Ubuntu 上，运行“sudo apt install python3-sklearn”；在 Windows 上，从 OSGeo4W Shell 运行“python -m pip install scikit-learn”；在 macOS 或任何用 conda 安装的 QGIS 上，在 QGIS 的环境中运行“conda install -c conda-forge scikit-learn”。然后重新启动 QGIS。</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/provider.py" />
      <source>LST downscaling</source>
      <translation>地表温度降尺度</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/workflows.py" />
      <source>Workflows</source>
      <translation>工作流程</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/workflows.py" />
      <source>Edit a Copy in the Model Designer…</source>
      <translation>在模型设计器中编辑副本…</translation>
    </message>
    <message>
      <source>&lt;p&gt;Runs STARFM (Gao et al. 2006, IEEE TGRS 44(8)), or DLSTFM (after Jin et al. 2026, with its bundled weights and energy correction; needs PyTorch), for every coarse LST layer of a list: one base pair (fine and coarse LST at t1) and many coarse dates give one fine LST GeoTIFF per date in the output folder, named after the coarse layer's file (an existing file of that name is replaced). Progress is reported over the dates; on Cancel or error, the files of this run are removed.&lt;/p&gt;</source>
      <translation type="vanished">&lt;p&gt;对列表中的每个粗分辨率地表温度图层运行 STARFM（Gao 等 2006，IEEE TGRS 44(8)）或 DLSTFM（依据 Jin 等 2026，使用内置权重及其能量一致性校正；需要 PyTorch）：由一个基准影像对（t1 的高分辨率和粗分辨率地表温度）和多个粗分辨率日期，在输出文件夹中为每个日期生成一个高分辨率地表温度 GeoTIFF，以粗分辨率图层的文件名命名（同名的已有文件将被替换）。进度按日期报告；取消或出错时，将删除本次运行写出的文件。&lt;/p&gt;</translation>
    </message>
    <message>
      <source>SIF-CNN-SR1 (deep, x4)</source>
      <translation type="vanished">SIF-CNN-SR1（深度学习，×4）</translation>
    </message>
    <message>
      <source>&lt;p&gt;Downscales a coarse LST layer by 4 with a fine NDVI layer using a small residual U-Net, after {}.&lt;/p&gt;&lt;p&gt;The network was trained without any fine-resolution truth: its loss asks that the output, degraded by the sensor's PSF, gives back the coarse LST (weight 0.99) and that its Sobel gradients follow -0.5 times those of the NDVI (weight 0.01). It needs no assumption that the LST-NDVI relation is the same across scales.&lt;/p&gt;&lt;p&gt;Trained on MODIS 1 km -&gt; 250 m; other LST / NDVI pixel-size ratios are handled by resampling the NDVI to a quarter of the LST pixel. Runs on CPU or CUDA, by overlapping tiles blended without seams.&lt;/p&gt;</source>
      <translation type="vanished">&lt;p&gt;按照 {}，使用一个小型残差 U-Net，结合高分辨率 NDVI 图层将粗分辨率地表温度图层降尺度 4 倍。&lt;/p&gt;&lt;p&gt;该网络在没有任何高分辨率真值的情况下训练：其损失函数要求输出经传感器点扩散函数退化后能还原粗分辨率地表温度（权重 0.99），并要求其 Sobel 梯度为 NDVI 梯度的 -0.5 倍（权重 0.01）。它无需假设地表温度与 NDVI 的关系在各尺度间相同。&lt;/p&gt;&lt;p&gt;在 MODIS 1 km -&gt; 250 m 上训练；其他地表温度 / NDVI 像元大小之比通过将 NDVI 重采样为地表温度像元的四分之一来处理。可在 CPU 或 CUDA 上运行，按重叠分块处理并无缝融合。&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Downscales a coarse LST layer by 4 with a fine NDVI layer using a small residual U-Net, after {}.&lt;/p&gt;&lt;p&gt;As SIF-CNN-SR1, trained without fine truth, but the detail term of its loss compares high-pass filtered images (image minus its Gaussian low-pass): the output's high frequencies follow -0.25 times those of the NDVI (weight 0.5 in the released configuration).&lt;/p&gt;&lt;p&gt;Trained on MODIS 1 km -&gt; 250 m; other ratios are handled by resampling the NDVI. Runs on CPU or CUDA, by overlapping tiles blended without seams.&lt;/p&gt;</source>
      <translation type="vanished">&lt;p&gt;按照 {}，使用一个小型残差 U-Net，结合高分辨率 NDVI 图层将粗分辨率地表温度图层降尺度 4 倍。&lt;/p&gt;&lt;p&gt;与 SIF-CNN-SR1 一样在没有高分辨率真值的情况下训练，但其损失函数中的细节项比较高通滤波后的图像（图像减去其高斯低通）：输出的高频部分为 NDVI 高频部分的 -0.25 倍（在发布的配置中权重为 0.5）。&lt;/p&gt;&lt;p&gt;在 MODIS 1 km -&gt; 250 m 上训练；其他比例通过重采样 NDVI 来处理。可在 CPU 或 CUDA 上运行，按重叠分块处理并无缝融合。&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Reads the thermal band of a Landsat 4, 5, 7, 8 or 9 Level-1 scene, given by its *_MTL.txt file, and writes the top-of-atmosphere brightness temperature in kelvin: radiance L = RADIANCE_MULT × DN + RADIANCE_ADD, then T = K2 / ln(K1 / L + 1), with the factors of the MTL (Chander, Markham and Helder 2009, &lt;i&gt;Summary of current radiometric calibration coefficients for Landsat MSS, TM, ETM+, and EO-1 ALI sensors&lt;/i&gt;, Remote Sensing of Environment 113; Landsat 8 Data Users Handbook).&lt;/p&gt;&lt;p&gt;Thermal band: the first is TM B6, ETM+ B6_VCID_1 (low gain) or TIRS B10; the second ETM+ B6_VCID_2 (high gain) or TIRS B11. When the MTL lacks K1/K2, the standard values of the sensor are used (TM 5: 607.76 / 1260.56; ETM+: 666.09 / 1282.71; TIRS B10: 774.8853 / 1321.0789, B11: 480.8883 / 1201.1442); when it lacks RADIANCE_MULT/ADD, they are computed from LMIN/LMAX and QCALMIN/QCALMAX. The log says which.&lt;/p&gt;&lt;p&gt;Fill (DN 0) and the band file's nodata value become nodata; with a QA_PIXEL band (Collection 2), cloud, shadow and snow can be masked. Brightness temperature is not land surface temperature: it has no emissivity or atmospheric correction, and reads a few kelvin colder.&lt;/p&gt;</source>
      <translation type="vanished">&lt;p&gt;读取由 *_MTL.txt 文件指定的 Landsat 4、5、7、8 或 9 的 1 级场景的热红外波段，写出以开尔文表示的大气顶层亮度温度：辐亮度 L = RADIANCE_MULT × DN + RADIANCE_ADD，然后 T = K2 / ln(K1 / L + 1)，系数取自 MTL（Chander、Markham 和 Helder 2009，&lt;i&gt;Summary of current radiometric calibration coefficients for Landsat MSS, TM, ETM+, and EO-1 ALI sensors&lt;/i&gt;，Remote Sensing of Environment 113；Landsat 8 Data Users Handbook）。&lt;/p&gt;&lt;p&gt;热红外波段：第一个为 TM B6、ETM+ B6_VCID_1（低增益）或 TIRS B10；第二个为 ETM+ B6_VCID_2（高增益）或 TIRS B11。若 MTL 缺少 K1/K2，则使用该传感器的标准值（TM 5：607.76 / 1260.56；ETM+：666.09 / 1282.71；TIRS B10：774.8853 / 1321.0789，B11：480.8883 / 1201.1442）；若缺少 RADIANCE_MULT/ADD，则由 LMIN/LMAX 和 QCALMIN/QCALMAX 计算。日志会说明使用了哪些值。&lt;/p&gt;&lt;p&gt;填充值（DN 0）和波段文件的无数据值转为无数据；若有 QA_PIXEL 波段（Collection 2），可以掩膜云、阴影和积雪。亮度温度不是地表温度：它未经发射率和大气校正，读数会偏低几开尔文。&lt;/p&gt;</translation>
    </message>
    <message>
      <source>STARFM time series (one base pair, many coarse dates)</source>
      <translation type="vanished">STARFM 时间序列（一个基准影像对，多个粗分辨率日期）</translation>
    </message>
    <message>
      <source>&lt;p&gt;Runs STARFM (Gao et al. 2006, IEEE TGRS 44(8)) for every coarse LST layer of a list: one base pair (fine and coarse LST at t1) and many coarse dates give one fine LST GeoTIFF per date in the output folder, named after the coarse layer's file (an existing file of that name is replaced). Progress is reported over the dates; on Cancel or error, the files of this run are removed.&lt;/p&gt;</source>
      <translation type="vanished">&lt;p&gt;对列表中的每个粗分辨率地表温度图层运行 STARFM（Gao 等 2006，IEEE TGRS 44(8)）：由一个基准影像对（t1 的高分辨率和粗分辨率地表温度）和多个粗分辨率日期，在输出文件夹中为每个日期生成一个高分辨率地表温度 GeoTIFF，以粗分辨率图层的文件名命名（同名的已有文件将被替换）。进度按日期报告；取消或出错时，将删除本次运行写出的文件。&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Downscales a coarse LST layer by 4 with a fine NDVI layer using the residual U-Net of {}, trained with full supervision on degraded pairs: the real 1 km MODIS LST degraded to 4 km (and upsampled back) with the NDVI averaged to 1 km as input, the real 1 km LST as target.&lt;/p&gt;&lt;p&gt;Applied at 1 km -&gt; 250 m it assumes that the relation learnt one scale up holds one scale down (scale invariance), the assumption SIF-CNN avoids. Runs on CPU or CUDA, by overlapping tiles blended without seams.&lt;/p&gt;</source>
      <translation type="vanished">&lt;p&gt;使用 {} 中的残差 U-Net，结合高分辨率 NDVI 图层将粗分辨率地表温度图层降尺度 4 倍；该网络在退化样本对上以全监督方式训练：以退化到 4 km（再上采样回来）的真实 1 km MODIS 地表温度和平均到 1 km 的 NDVI 作为输入，以真实 1 km 地表温度作为目标。&lt;/p&gt;&lt;p&gt;用于 1 km -&gt; 250 m 时，它假设在上一尺度学到的关系在下一尺度依然成立（尺度不变性），而 SIF-CNN 避免了这一假设。可在 CPU 或 CUDA 上运行，按重叠分块处理并无缝融合。&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Trains a network that downscales LST by 4 on your own scenes, and writes a model file (a .json card, the .pt weights beside it) that the deep downscaling algorithms run through their &lt;b&gt;Model file&lt;/b&gt; parameter.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Scenes&lt;/b&gt;: a list of coarse LST layers and a list of fine NDVI layers of the same length, paired by order. &lt;b&gt;Further auxiliary layers&lt;/b&gt; (optional: a DEM, an albedo, land cover...): the same number k for every scene, given scene by scene — the k layers of scene 1, then the k layers of scene 2, and so on, always in the same order. The model then expects k further auxiliary layers, in that order, when it runs. Fine layers are resampled to a quarter of the LST pixel when their pixel is not.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Recipe&lt;/b&gt;: the residual U-Net of Ait-Bachir et al. (2025), self-supervised as SIF-CNN-SR2 or SR1 (no fine LST needed: the output degraded by the sensor PSF gives back the coarse LST) or supervised on degraded pairs as SC-UNet.&lt;/p&gt;&lt;p&gt;Every 8th scene is held out for validation (with a single scene, its bottom quarter); the weights of the epoch with the lowest validation loss are kept. The log gives the training and validation losses per epoch; Cancel stops between epochs. The same inputs and seed give the same weights on the same device.&lt;/p&gt;</source>
      <translation type="vanished">&lt;p&gt;在您自己的场景上训练一个将地表温度降尺度 4 倍的网络，并写出一个模型文件（一个 .json 模型卡，旁边是 .pt 权重），深度降尺度算法可通过其&lt;b&gt;模型文件&lt;/b&gt;参数运行该模型。&lt;/p&gt;&lt;p&gt;&lt;b&gt;场景&lt;/b&gt;：一个粗分辨率地表温度图层列表和一个长度相同的高分辨率 NDVI 图层列表，按顺序一一配对。&lt;b&gt;附加辅助图层&lt;/b&gt;（可选：DEM、反照率、土地覆盖……）：每个场景数量相同（k 个），逐场景给出——先是场景 1 的 k 个图层，然后是场景 2 的 k 个图层，依此类推，始终保持相同顺序。模型运行时将按此顺序需要 k 个附加辅助图层。像元大小不是地表温度像元四分之一的高分辨率图层将被重采样到该大小。&lt;/p&gt;&lt;p&gt;&lt;b&gt;训练方案&lt;/b&gt;：Ait-Bachir 等（2025）的残差 U-Net，可按 SIF-CNN-SR2 或 SR1 进行自监督训练（无需高分辨率地表温度：输出经传感器点扩散函数退化后还原粗分辨率地表温度），或按 SC-UNet 在退化样本对上进行监督训练。&lt;/p&gt;&lt;p&gt;每 8 个场景留出 1 个用于验证（仅有一个场景时，留出其下方四分之一）；保留验证损失最低的那一轮的权重。日志给出每轮的训练损失和验证损失；“取消”会在两轮之间停止训练。相同的输入和随机种子在同一设备上得到相同的权重。&lt;/p&gt;</translation>
    </message>
  </context>
</TS>
