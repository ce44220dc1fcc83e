<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<!-- Heat map of a land surface temperature band: the inferno ramp (perceptually uniform,
     cool to hot; van der Walt and Smith 2015, matplotlib), stretched to the 2nd-98th
     percentile. lst_downscaler applies it to its LST outputs and sets the limits and the
     unit of each layer; "Load min/max" in the layer properties redoes the 2-98 % cut. -->
<qgis styleCategories="Symbology" version="3.22.16-Białowieża">
  <pipe>
    <rasterrenderer type="singlebandpseudocolor" band="1" opacity="1" alphaBand="-1" nodataColor="" classificationMin="0" classificationMax="1">
      <minMaxOrigin>
        <limits>CumulativeCut</limits>
        <extent>WholeRaster</extent>
        <statAccuracy>Estimated</statAccuracy>
        <cumulativeCutLower>0.02</cumulativeCutLower>
        <cumulativeCutUpper>0.98</cumulativeCutUpper>
        <stdDevFactor>2</stdDevFactor>
      </minMaxOrigin>
      <rastershader>
        <colorrampshader colorRampType="INTERPOLATED" classificationMode="1" clip="0" minimumValue="0" maximumValue="1" labelPrecision="1">
          <colorramp name="[source]" type="gradient">
            <Option type="Map">
              <Option name="color1" type="QString" value="0,0,4,255"/>
              <Option name="color2" type="QString" value="252,255,164,255"/>
              <Option name="discrete" type="QString" value="0"/>
              <Option name="rampType" type="QString" value="gradient"/>
              <Option name="stops" type="QString" value="0.1;22,11,57,255:0.2;66,10,104,255:0.3;106,23,110,255:0.4;147,38,103,255:0.5;188,55,84,255:0.6;221,81,58,255:0.7;243,120,25,255:0.8;252,165,10,255:0.9;246,215,70,255"/>
            </Option>
          </colorramp>
          <item alpha="255" color="#000004" value="0" label="0"/>
          <item alpha="255" color="#160b39" value="0.1" label="0.1"/>
          <item alpha="255" color="#420a68" value="0.2" label="0.2"/>
          <item alpha="255" color="#6a176e" value="0.3" label="0.3"/>
          <item alpha="255" color="#932667" value="0.4" label="0.4"/>
          <item alpha="255" color="#bc3754" value="0.5" label="0.5"/>
          <item alpha="255" color="#dd513a" value="0.6" label="0.6"/>
          <item alpha="255" color="#f37819" value="0.7" label="0.7"/>
          <item alpha="255" color="#fca50a" value="0.8" label="0.8"/>
          <item alpha="255" color="#f6d746" value="0.9" label="0.9"/>
          <item alpha="255" color="#fcffa4" value="1" label="1"/>
          <rampLegendSettings direction="0" orientation="2" prefix="" suffix="" useContinuousLegend="1" minimumLabel="" maximumLabel="">
            <numericFormat id="basic">
              <Option type="Map">
                <Option name="decimal_separator" type="QChar" value=""/>
                <Option name="decimals" type="int" value="1"/>
                <Option name="rounding_type" type="int" value="0"/>
                <Option name="show_plus" type="bool" value="false"/>
                <Option name="show_thousand_separator" type="bool" value="false"/>
                <Option name="show_trailing_zeros" type="bool" value="true"/>
                <Option name="thousand_separator" type="QChar" value=""/>
              </Option>
            </numericFormat>
          </rampLegendSettings>
        </colorrampshader>
      </rastershader>
    </rasterrenderer>
    <brightnesscontrast brightness="0" contrast="0" gamma="1"/>
    <huesaturation saturation="0" grayscaleMode="0" colorizeOn="0" colorizeRed="255" colorizeGreen="128" colorizeBlue="128" colorizeStrength="100" invertColors="0"/>
    <rasterresampler maxOversampling="2"/>
    <resamplingStage>resamplingFilter</resamplingStage>
  </pipe>
  <blendMode>0</blendMode>
</qgis>
